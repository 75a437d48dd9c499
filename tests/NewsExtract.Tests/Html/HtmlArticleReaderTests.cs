using System.Text;
using NewsExtract.Html;

namespace NewsExtract.Tests.Html;

public sealed class HtmlArticleReaderTests
{
    [Fact]
    public void Keeps_block_text_as_paragraphs_and_drops_page_chrome()
    {
        const string page = """
            <html><head><title> Port  strike ends </title><script>var x = "ignored";</script></head>
            <body>
              <header><a href="/">Home</a> Sunday 4 May</header>
              <nav><ul><li>World</li><li>Sport</li></ul></nav>
              <article>
                <h1>Port strike ends</h1>
                <p>Dock workers   returned on <b>Monday</b>.</p>
                <figure><img src="x.jpg"><figcaption>Cranes idle (credit: Wire)</figcaption></figure>
                <p>"It is over," said the union leader.</p>
              </article>
              <aside>Most read: 12 things</aside>
              <footer>© 2025 Daily Harbour</footer>
            </body></html>
            """;

        var article = HtmlArticleReader.Read(page);

        Assert.Equal("Dock workers returned on Monday.\n\n\"It is over,\" said the union leader.", article.Text);
        Assert.Equal("Port strike ends", article.Metadata.Title);
        Assert.Equal(["Cranes idle (credit: Wire)"], article.Captions);
    }

    [Fact]
    public void Finds_the_story_body_among_navigation_sidebars_comments_and_footers()
    {
        var article = HtmlArticleReader.Read(HtmlFixtures.Text("chrome-heavy.html"));

        Assert.Equal(
            "The harbour bridge reopened to traffic on Thursday after eleven weeks of repairs, the city transport office said.\n\n"
            + "Engineers replaced 240 steel cables and resurfaced the entire deck, at a cost the office put at about 12 million euros.\n\n"
            + "Commuters relieved\n\n"
            + "\"We have waited long enough,\" said Ines Okafor, a ferry pilot who crosses the harbour twice a day.\n\n"
            + "The office expects about 40,000 vehicles a day to use the bridge by the end of the month.",
            article.Text);
    }

    [Theory]
    [InlineData("2001")]
    [InlineData("Weather")]
    [InlineData("Share on social media")]
    [InlineData("Tunnel plan")]
    [InlineData("Finally")]
    [InlineData("Jonas Bell")]
    [InlineData("Alva Reyes")]
    [InlineData("newsletter")]
    [InlineData("Mara Lindqvist")]
    [InlineData("Workers finish the deck")]
    public void No_chrome_reaches_the_text(string chrome)
    {
        var article = HtmlArticleReader.Read(HtmlFixtures.Text("chrome-heavy.html"));

        Assert.DoesNotContain(chrome, article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Captions_are_kept_apart_and_counted_once()
    {
        var article = HtmlArticleReader.Read(HtmlFixtures.Text("chrome-heavy.html"));

        Assert.Equal(["Workers finish the deck on Wednesday. (Photo: Port Authority)"], article.Captions);
    }

    [Fact]
    public void A_body_split_across_sibling_containers_is_read_whole()
    {
        const string page = """
            <html><body>
              <div class="menu"><a href="/">Home</a> <a href="/news">News</a></div>
              <div class="wrap">
                <div class="part"><p>The first part of the report, with figures, dates, and names, explains what the inquiry found.</p>
                  <p>It runs to several paragraphs, each of them, as in most reports, longer than a line.</p></div>
                <div class="part"><p>The second part, after an advertisement slot, carries on with the conclusions, one by one.</p>
                  <p>It ends with the recommendations, which the board, it said, would adopt in full.</p></div>
              </div>
            </body></html>
            """;

        var article = HtmlArticleReader.Read(page);

        Assert.StartsWith("The first part", article.Text, StringComparison.Ordinal);
        Assert.EndsWith("adopt in full.", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Home", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_breaks_and_text_directly_in_a_div_make_paragraphs()
    {
        var article = HtmlArticleReader.Read("<html><body><div>First line of the notice, posted on the door.<br>Second line, signed by the clerk.</div></body></html>");

        Assert.Equal("First line of the notice, posted on the door.\n\nSecond line, signed by the clerk.", article.Text);
    }

    [Fact]
    public void A_page_without_blocks_gives_its_body_text()
    {
        var article = HtmlArticleReader.Read("<html><body>Just   a line of text</body></html>");

        Assert.Equal("Just a line of text", article.Text);
    }

    [Fact]
    public void A_script_only_page_gives_no_text()
    {
        var article = HtmlArticleReader.Read("<html><head><script>alert(1)</script></head><body><script>x()</script></body></html>");

        Assert.Equal(string.Empty, article.Text);
        Assert.Null(article.Metadata.Title);
    }

    [Fact]
    public void A_truncated_page_gives_the_text_it_has()
    {
        var article = HtmlArticleReader.Read("<html><head><title>Pier</title></head><body><article><p>The council voted on Tuesday to close the old pier. <p>Repairs would cost");

        Assert.Equal("The council voted on Tuesday to close the old pier.\n\nRepairs would cost", article.Text);
    }

    [Fact]
    public void Hidden_elements_are_not_text()
    {
        var article = HtmlArticleReader.Read("""<html><body><article><p>Visible paragraph of the story, long enough to count.</p><p style="display: none">Hidden 99 items</p><p hidden>Also hidden</p></article></body></html>""");

        Assert.Equal("Visible paragraph of the story, long enough to count.", article.Text);
    }

    [Fact]
    public void Deeply_nested_and_huge_pages_are_read_without_overflow()
    {
        var page = new StringBuilder("<html><body>");
        page.Insert(page.Length, "<div>", 3_000).Append("<p>Deep inside, the text survives.</p>").Insert(page.Length, "</div>", 3_000);
        page.Insert(page.Length, "<p>Another paragraph of the same long page, repeated many times over.</p>", 20_000).Append("</body></html>");

        var article = HtmlArticleReader.Read(page.ToString());

        Assert.Contains("Another paragraph", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_nested_beyond_the_limit_is_refused_before_parsing()
    {
        var page = string.Concat(Enumerable.Repeat("<div><span>", 100_000)) + "<p>Hostile page.</p>";

        var result = ArticleProcessor.Process("deep.html", Encoding.UTF8.GetBytes(page), InputFormat.Html, new ExtractionOptions());

        Assert.Equal("no_article", result.Error?.Code);
        Assert.Contains("levels deep", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unclosed_formatting_elements_count_as_depth_too()
    {
        // The parser rebuilds open <b>/<i>/<a> at every block, in time that grows with their square.
        var page = string.Concat(Enumerable.Repeat("<b><i><a>", 2_000)) + "<p>Hostile page.</p>";

        var result = ArticleProcessor.Process("deep.html", Encoding.UTF8.GetBytes(page), InputFormat.Html, new ExtractionOptions());

        Assert.Equal("no_article", result.Error?.Code);
    }

    [Fact]
    public void Bold_and_links_that_close_do_not_count_as_depth()
    {
        var page = string.Concat(Enumerable.Repeat("<p>The <b>ferry</b> left <a href='/x'>Dunmore</a> on <i>Tuesday</i>.</p>", 10_000));

        Assert.StartsWith("The ferry left Dunmore on Tuesday.", HtmlArticleReader.Read(page).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Closed_containers_and_markup_inside_scripts_do_not_count_as_depth()
    {
        var page = string.Concat(Enumerable.Repeat("<div><p>Item, with a short line of text.</p></div>", 10_000))
            + "<script>" + string.Concat(Enumerable.Repeat("'<div>'", 10_000)) + "</script><!--" + string.Concat(Enumerable.Repeat("<div>", 10_000)) + "-->";

        var article = HtmlArticleReader.Read(page);

        Assert.StartsWith("Item, with a short line of text.", article.Text, StringComparison.Ordinal);
    }
}
