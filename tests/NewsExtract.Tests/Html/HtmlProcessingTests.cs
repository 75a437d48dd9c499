using System.IO.Compression;
using System.Text;
using System.Text.Json;
using NewsExtract.Output;

namespace NewsExtract.Tests.Html;

public sealed class HtmlProcessingTests
{
    private static readonly ExtractionOptions NoDate = new();

    [Fact]
    public void An_html_page_gives_its_body_and_metadata_and_the_publication_date_as_reference_date()
    {
        var result = ArticleProcessor.Process("page.html", HtmlFixtures.Bytes("chrome-heavy.html"), InputFormat.Html, NoDate);

        Assert.Null(result.Error);
        Assert.StartsWith("The harbour bridge reopened", result.Article!.Text, StringComparison.Ordinal);
        Assert.Equal("Harbour bridge reopens after repairs", result.Title);
        Assert.Equal(["Mara Lindqvist"], result.Authors);
        Assert.Equal("2024-03-14T09:30:00+01:00", result.Published);
        Assert.Equal(new DateOnly(2024, 3, 14), result.ReferenceDate);
        Assert.Equal("metadata", result.ReferenceDateSource);
    }

    [Fact]
    public void A_given_reference_date_wins_over_the_publication_date()
    {
        var result = ArticleProcessor.Process("page.html", HtmlFixtures.Bytes("chrome-heavy.html"), InputFormat.Html, new ExtractionOptions(new DateOnly(2025, 1, 2)));

        Assert.Equal(new DateOnly(2025, 1, 2), result.ReferenceDate);
        Assert.Equal("option", result.ReferenceDateSource);
    }

    [Fact]
    public void A_gzipped_page_is_unpacked_and_read_as_html()
    {
        var result = ArticleProcessor.Process("page.html.gz", Gzip(HtmlFixtures.Bytes("windows-1252.html")), ArticleProcessor.FormatOf("page.html.gz"), NoDate);

        Assert.Null(result.Error);
        Assert.StartsWith("The café owners", result.Article!.Text, StringComparison.Ordinal);
        Assert.Equal("Café owners protest", result.Title);
    }

    [Theory]
    [InlineData("page.html.gz", InputFormat.Html)]
    [InlineData("PAGE.HTM.GZ", InputFormat.Html)]
    [InlineData("notes.txt.gz", InputFormat.Text)]
    [InlineData("page.html", InputFormat.Html)]
    [InlineData("page.gz", InputFormat.Text)]
    public void The_format_of_a_gzipped_file_is_that_of_the_name_inside(string path, InputFormat expected)
    {
        Assert.Equal(expected, ArticleProcessor.FormatOf(path));
    }

    [Fact]
    public void A_gz_file_that_is_not_gzip_is_an_invalid_gzip_error()
    {
        var result = ArticleProcessor.Process("page.html.gz", "<html><body><p>plain</p></body></html>"u8, InputFormat.Html, NoDate);

        Assert.Equal("invalid_gzip", result.Error?.Code);
    }

    [Fact]
    public void A_corrupt_gzip_stream_is_an_invalid_gzip_error()
    {
        var packed = Gzip(Encoding.UTF8.GetBytes(new string('x', 5000)));
        for (var i = 12; i < packed.Length - 8; i++)
        {
            packed[i] ^= 0x5A;
        }

        var result = ArticleProcessor.Process("page.html.gz", packed, InputFormat.Html, NoDate);

        Assert.Equal("invalid_gzip", result.Error?.Code);
    }

    [Fact]
    public void A_truncated_gzip_file_is_an_invalid_gzip_error()
    {
        var packed = Gzip(HtmlFixtures.Bytes("chrome-heavy.html"));

        var result = ArticleProcessor.Process("page.html.gz", packed.AsSpan(0, packed.Length / 2), InputFormat.Html, NoDate);

        Assert.Equal("invalid_gzip", result.Error?.Code);
    }

    [Fact]
    public void A_gzip_that_unpacks_beyond_the_limit_is_refused()
    {
        var result = ArticleProcessor.Process("bomb.html.gz", Gzip(new byte[1_000_000]), InputFormat.Html, NoDate, maxUnpackedBytes: 100_000);

        Assert.Equal("too_large", result.Error?.Code);
    }

    [Theory]
    [InlineData("<html><head><script>track()</script></head><body><script>render()</script></body></html>")]
    [InlineData("<html><head><title>Only a title</title></head></html>")]
    [InlineData("<html><body><nav><a href='/'>Home</a></nav></body></html>")]
    public void A_page_without_article_text_is_a_no_article_error(string page)
    {
        var result = ArticleProcessor.Process("page.html", Encoding.UTF8.GetBytes(page), InputFormat.Html, NoDate);

        Assert.Equal("no_article", result.Error?.Code);
    }

    [Fact]
    public void Html_records_carry_title_authors_and_published_right_after_the_reference_date_source()
    {
        var result = ArticleProcessor.Process("page.html", HtmlFixtures.Bytes("chrome-heavy.html"), InputFormat.Html, NoDate);

        var names = Fields(result);

        Assert.Equal(["schema", "source", "reference_date", "reference_date_source", "title", "authors", "published"], names.Take(7));
    }

    [Fact]
    public void Text_records_have_no_html_fields()
    {
        var result = ArticleProcessor.Process("a.txt", "The port reopened on Monday."u8, InputFormat.Text, NoDate);

        Assert.DoesNotContain("title", Fields(result));
    }

    private static List<string> Fields(ArticleResult result)
    {
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            JsonArticleWriter.Write(json, result, new OutputOptions(false, FactKinds.All));
        }

        using var document = JsonDocument.Parse(buffer.ToArray());
        return [.. document.RootElement.EnumerateObject().Select(property => property.Name)];
    }

    internal static byte[] Gzip(byte[] bytes)
    {
        var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(bytes);
        }

        return buffer.ToArray();
    }
}
