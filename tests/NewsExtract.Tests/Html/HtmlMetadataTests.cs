using NewsExtract.Html;

namespace NewsExtract.Tests.Html;

public sealed class HtmlMetadataTests
{
    private const string Body = "<body><article><p>The storm passed the coast on Monday, and the roads reopened by noon.</p></article></body>";

    [Fact]
    public void Json_ld_news_article_inside_a_graph_gives_headline_date_and_authors()
    {
        var page = """
            <html><head><title>Site | Storm</title>
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "name": "The Site", "datePublished": "1999-01-01"},
              {"@type": "NewsArticle", "headline": "Storm passes the coast", "datePublished": "2024-05-02T07:15:00Z",
               "dateModified": "2024-05-03T10:00:00Z",
               "author": [{"@type": "Person", "name": "Ana Ruiz"}, {"@type": "Person", "name": "Tom Berg"}]}
            ]}
            </script></head>
            """ + Body + "</html>";

        var metadata = HtmlArticleReader.Read(page).Metadata;

        Assert.Equal("Storm passes the coast", metadata.Title);
        Assert.Equal(["Ana Ruiz", "Tom Berg"], metadata.Authors);
        Assert.Equal("2024-05-02T07:15:00Z", metadata.Published);
    }

    [Fact]
    public void Json_ld_reportage_article_in_a_top_level_array_with_a_plain_author()
    {
        var page = """
            <html><head><script type="application/ld+json">
            [{"@type": "Organization", "name": "Wire"}, {"@type": ["ReportageNewsArticle"], "headline": "Flood", "datePublished": "2023-11-30", "author": "Lee Park"}]
            </script></head>
            """ + Body + "</html>";

        var metadata = HtmlArticleReader.Read(page).Metadata;

        Assert.Equal("Flood", metadata.Title);
        Assert.Equal(["Lee Park"], metadata.Authors);
        Assert.Equal("2023-11-30", metadata.Published);
    }

    [Fact]
    public void Html_escapes_inside_json_ld_strings_are_decoded_and_placeholder_dates_skipped()
    {
        var page = """
            <html><head><meta name="date" content="2024-05-02">
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ports &#8211; and &amp; docks", "datePublished": "0001-01-01T00:00:00Z"}</script>
            </head>
            """ + Body + "</html>";

        var metadata = HtmlArticleReader.Read(page).Metadata;

        Assert.Equal("Ports – and & docks", metadata.Title);
        Assert.Equal("2024-05-02", metadata.Published);
    }

    [Fact]
    public void Json_ld_wins_over_meta_tags()
    {
        var page = """
            <html><head>
            <meta property="article:published_time" content="2020-01-01T00:00:00Z">
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": "A", "datePublished": "2024-05-02"}</script>
            </head>
            """ + Body + "</html>";

        Assert.Equal("2024-05-02", HtmlArticleReader.Read(page).Metadata.Published);
    }

    [Fact]
    public void Broken_json_ld_is_ignored_and_open_graph_meta_is_used()
    {
        var page = """
            <html><head><title>Storm | Site</title>
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
            <meta property="og:title" content="Storm passes the coast">
            <meta property="article:published_time" content="2024-05-02T09:15:00+02:00">
            <meta name="author" content="Ana Ruiz">
            <meta property="article:author" content="https://example.com/staff/ana">
            </head>
            """ + Body + "</html>";

        var metadata = HtmlArticleReader.Read(page).Metadata;

        Assert.Equal("Storm passes the coast", metadata.Title);
        Assert.Equal(["Ana Ruiz"], metadata.Authors);
        Assert.Equal("2024-05-02T09:15:00+02:00", metadata.Published);
    }

    [Theory]
    [InlineData("""<meta name="date" content="2024-05-02">""")]
    [InlineData("""<meta name="pubdate" content="20240502">""")]
    [InlineData("""<meta name="DC.date.issued" content="2024-05-02">""")]
    public void Named_date_meta_tags_give_the_date(string meta)
    {
        var page = "<html><head>" + meta + "</head>" + Body + "</html>";

        Assert.Equal("2024-05-02", HtmlArticleReader.Read(page).Metadata.Published);
    }

    [Fact]
    public void A_time_element_in_the_article_gives_the_date_but_one_in_the_chrome_does_not()
    {
        var page = """
            <html><body><div class="topbar"><time datetime="2030-01-01">Today</time></div>
            <article><time datetime="2024-05-02T08:00">2 May</time><p>The storm passed the coast on Monday, and the roads reopened by noon.</p></article></body></html>
            """;

        Assert.Equal("2024-05-02T08:00:00", HtmlArticleReader.Read(page).Metadata.Published);
    }

    [Fact]
    public void Microdata_gives_date_and_author()
    {
        var page = """
            <html><body><div itemscope itemtype="https://schema.org/NewsArticle">
            <span itemprop="author" itemscope><span itemprop="name">Ana Ruiz</span></span>
            <meta itemprop="datePublished" content="2024-05-02">
            <p>The storm passed the coast on Monday, and the roads reopened by noon.</p></div></body></html>
            """;

        var metadata = HtmlArticleReader.Read(page).Metadata;

        Assert.Equal(["Ana Ruiz"], metadata.Authors);
        Assert.Equal("2024-05-02", metadata.Published);
    }

    [Fact]
    public void Without_metadata_the_title_is_the_h1_and_nothing_else_is_guessed()
    {
        var page = "<html><head><title>Site name</title></head><body><h1>Storm passes</h1><p>The storm passed the coast on Monday, 2 May 2024.</p></body></html>";

        var metadata = HtmlArticleReader.Read(page).Metadata;

        Assert.Equal("Storm passes", metadata.Title);
        Assert.Empty(metadata.Authors);
        Assert.Null(metadata.Published);
    }
}
