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

        var (text, title) = HtmlArticleReader.Read(page);

        Assert.Equal("Port strike ends\n\nDock workers returned on Monday.\n\n\"It is over,\" said the union leader.", text);
        Assert.Equal("Port strike ends", title);
    }

    [Fact]
    public void A_page_without_blocks_gives_its_body_text()
    {
        var (text, _) = HtmlArticleReader.Read("<html><body>Just   a line of text</body></html>");

        Assert.Equal("Just a line of text", text);
    }

    [Fact]
    public void A_script_only_page_gives_no_text()
    {
        var (text, title) = HtmlArticleReader.Read("<html><head><script>alert(1)</script></head><body><script>x()</script></body></html>");

        Assert.Equal(string.Empty, text);
        Assert.Null(title);
    }
}
