using System.Text;
using NewsExtract.Html;

namespace NewsExtract.Tests.Html;

public sealed class HtmlDecoderTests
{
    static HtmlDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void A_windows_1252_page_is_read_by_its_http_equiv_charset()
    {
        var (html, error) = HtmlDecoder.Decode(HtmlFixtures.Bytes("windows-1252.html"));

        Assert.Null(error);
        Assert.Contains("The café owners of the old town met on Monday and said the new fees were “unfair” – all 35 of them.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_meta_charset_latin_1_label_means_windows_1252_as_in_browsers()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes("<html><head><meta charset=\"ISO-8859-1\"></head><body><p>\u201cOui\u201d, dit le ma\u00eetre.</p></body></html>");

        var (html, _) = HtmlDecoder.Decode(bytes);

        Assert.Contains("\u201cOui\u201d, dit le ma\u00eetre.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_meta_charset_iso_8859_2_page_is_read_in_that_charset()
    {
        var bytes = Encoding.GetEncoding("iso-8859-2").GetBytes("<meta charset='iso-8859-2'><p>Łódź i Kraków</p>");

        var (html, _) = HtmlDecoder.Decode(bytes);

        Assert.Contains("Łódź i Kraków", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    public void A_utf16_page_with_a_byte_order_mark_is_read(string name)
    {
        var encoding = Encoding.GetEncoding(name);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("<html><body><p>Zürich, 3 May</p></body></html>")).ToArray();

        var (html, error) = HtmlDecoder.Decode(bytes);

        Assert.Null(error);
        Assert.Equal("<html><body><p>Zürich, 3 May</p></body></html>", html);
    }

    [Fact]
    public void A_utf16_page_without_a_mark_is_recognised_by_its_markup()
    {
        var (html, _) = HtmlDecoder.Decode(Encoding.Unicode.GetBytes("<p>Zürich</p>"));

        Assert.Equal("<p>Zürich</p>", html);
    }

    [Theory]
    [InlineData("utf-7")]
    [InlineData("UTF7")]
    [InlineData("csUnicode11UTF7")]
    [InlineData("no-such-charset")]
    public void A_disabled_or_unknown_charset_label_falls_back_to_detection(string label)
    {
        // "utf-7" made .NET throw NotSupportedException (found by fuzzing); browsers ignore it too.
        var (html, error) = HtmlDecoder.Decode([.. Encoding.ASCII.GetBytes($"<meta charset=\"{label}\"><p>+ADw-caf"), 0xE9, .. "</p>"u8]);

        Assert.Null(error);
        Assert.EndsWith("<p>+ADw-café</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_utf32_label_in_an_ascii_readable_head_means_utf8_as_utf16_does()
    {
        var (html, _) = HtmlDecoder.Decode(Encoding.UTF8.GetBytes("<meta charset=\"utf-32\"><p>Zürich</p>"));

        Assert.EndsWith("<p>Zürich</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undeclared_page_is_utf8_when_valid_and_windows_1252_otherwise()
    {
        var (utf8, _) = HtmlDecoder.Decode(Encoding.UTF8.GetBytes("<p>café</p>"));
        var (legacy, _) = HtmlDecoder.Decode([.. "<p>caf"u8, 0xE9, .. "</p>"u8]);

        Assert.Equal("<p>café</p>", utf8);
        Assert.Equal("<p>café</p>", legacy);
    }

    [Fact]
    public void Valid_utf8_under_a_legacy_label_is_read_as_utf8()
    {
        var bytes = Encoding.UTF8.GetBytes("<meta charset=\"iso-8859-1\"><p>Zürich – “quoted”</p>");

        var (html, _) = HtmlDecoder.Decode(bytes);

        Assert.Contains("Zürich – “quoted”", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Nul_bytes_without_a_utf16_pattern_mean_a_binary_file()
    {
        var (_, error) = HtmlDecoder.Decode([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01]);

        Assert.Equal("binary", error?.Code);
    }

    [Fact]
    public void An_empty_page_is_an_empty_input()
    {
        var (_, error) = HtmlDecoder.Decode(" \n "u8);

        Assert.Equal("empty", error?.Code);
    }
}
