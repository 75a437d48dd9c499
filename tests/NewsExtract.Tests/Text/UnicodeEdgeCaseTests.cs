using System.Text;
using System.Text.Json;
using NewsExtract.Output;
using NewsExtract.Tests.Properties;

namespace NewsExtract.Tests.Text;

/// <summary>
/// Text that real feeds carry by accident, one case at a time: offsets stay exact code point indexes
/// into the decoded text, whatever stands before or inside an item.
/// </summary>
public sealed class UnicodeEdgeCaseTests
{
    private static readonly ExtractionOptions Dated = new(new DateOnly(2025, 6, 9));

    [Fact]
    public void An_emoji_before_a_date_counts_as_one_code_point()
    {
        // U+1F4F0 is two UTF-16 units but one code point: "Monday" starts at code point 5.
        var article = Parse("\U0001F4F0 On Monday, at least 1,200 prisoners were freed.\n");

        Assert.Equal((5, 11), Span(article, "dates", "Monday"));
        Assert.Equal((13, 37), Span(article, "counts", "at least 1,200 prisoners"));
    }

    [Fact]
    public void Several_astral_characters_and_a_zwj_sequence_shift_later_offsets_exactly()
    {
        // 😀‍🔥 is three code points (two astral and a joiner), 𝔸 one more: "Friday" starts at 9.
        var article = Parse("\U0001F600\u200D\U0001F525 \U0001D538 On Friday, more than 40 schools closed.\n");

        Assert.Equal((9, 15), Span(article, "dates", "Friday"));
        Assert.Equal((17, 37), Span(article, "counts", "more than 40 schools"));
    }

    [Fact]
    public void A_combining_mark_is_a_code_point_of_its_own()
    {
        // "e" + U+0301 is two code points, so "Monday" starts at 19, not 18.
        var article = Parse("The e\u0301lite unit on Monday sent 300 troops.\n");

        Assert.Equal((19, 25), Span(article, "dates", "Monday"));
        Assert.Equal((31, 41), Span(article, "counts", "300 troops"));
    }

    [Fact]
    public void A_no_break_space_inside_a_count_stays_in_its_text()
    {
        var article = Parse("Workers found at least 1,200\u00A0prisoners on\u00A0Monday.\n");

        var count = Item(article, "counts", "at least 1,200\u00A0prisoners");
        Assert.Equal("prisoners", count.GetProperty("unit").GetString());
        Assert.Equal((42, 48), Span(article, "dates", "Monday"));
    }

    [Fact]
    public void Zero_width_spaces_and_direction_marks_are_counted_but_do_not_hide_a_name()
    {
        // ZWSP (U+200B), RLM (U+200F) and LRM (U+200E) are invisible code points of the text.
        var article = Parse("On Monday the \u200Bunit sent 300 troops, \u200FMayor Petra Lind\u200E said.\n");

        Assert.Equal((25, 35), Span(article, "counts", "300 troops"));
        var official = Assert.Single(article.GetProperty("officials").EnumerateArray());
        Assert.Equal("Petra Lind", official.GetProperty("name").GetString());
        Assert.Equal(44, official.GetProperty("mentions")[0].GetProperty("start").GetInt32());
    }

    [Fact]
    public void Cr_only_line_ends_separate_paragraphs_and_stay_in_the_text()
    {
        var article = Parse("The vote was close.\rOn Monday, \u201CWe will rebuild,\u201D Mayor Petra Lind said.\rMore than 40 schools closed.\r");

        Assert.Contains("\r", article.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal((23, 29), Span(article, "dates", "Monday"));
        Assert.Equal((73, 93), Span(article, "counts", "More than 40 schools"));
        var quote = Item(article, "quotes", "We will rebuild,");
        Assert.Equal("Petra Lind", quote.GetProperty("speaker").GetString());
    }

    [Fact]
    public void A_bom_at_the_start_is_removed_and_one_in_the_middle_is_a_code_point_of_the_text()
    {
        var bytes = Encoding.UTF8.GetBytes("\uFEFFTalks ended.\uFEFFOn Monday, 12 envoys left.\n");
        var article = Json(ArticleProcessor.Process("a.txt", bytes, InputFormat.Text, Dated));

        Assert.Equal("Talks ended.\uFEFFOn Monday, 12 envoys left.\n", article.GetProperty("text").GetString());
        Assert.Equal((16, 22), Span(article, "dates", "Monday"));
        Assert.Equal((24, 33), Span(article, "counts", "12 envoys"));
    }

    [Fact]
    public void A_lone_surrogate_given_to_the_library_counts_as_one_code_point()
    {
        // Only the string entry point can receive one (every decoder refuses it); JSON writes it as U+FFFD.
        var article = Json(ArticleProcessor.ProcessText("a", "Talks \uD800 ended on Monday.", Dated));

        Assert.Equal("Talks \uFFFD ended on Monday.", article.GetProperty("text").GetString());
        Assert.Equal((17, 23), Span(article, "dates", "Monday"));
    }

    [Theory]
    [InlineData(new byte[] { 0x4F, 0x6E, 0x00, 0x4D, 0x6F, 0x6E }, "binary")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x4F, 0x00, 0x00, 0x00, 0x6E, 0x00 }, "binary")]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x43, 0x61, 0x66, 0xE9 }, "invalid_encoding")]
    [InlineData(new byte[] { 0x43, 0x61, 0x66, 0xC3, 0xA9, 0x20, 0x43, 0x61, 0x66, 0xE9 }, "invalid_encoding")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x43, 0x61, 0x66 }, "invalid_encoding")]
    public void Nul_characters_and_mixed_encodings_give_error_records(byte[] bytes, string code)
    {
        // A NUL is refused in UTF-16 too, as a character; UTF-8 mixed with Latin-1 or an odd UTF-16 length is not text.
        var result = ArticleProcessor.Process("a.txt", bytes, InputFormat.Text, Dated);

        Assert.Equal(code, result.Error?.Code);
        OutputContract.Check(result);
    }

    [Fact]
    public void An_html_page_mixing_utf8_and_latin1_is_read_as_windows_1252_with_exact_offsets()
    {
        // No charset and invalid UTF-8: the page is windows-1252, as a browser reads it.
        byte[] page = [.. "<html><body><p>Caf"u8, 0xE9, .. " owners met on Monday. \u00E2\u0080\u0094 300 stalls\u00A0closed.</p></body></html>"u8];
        var article = Json(ArticleProcessor.Process("a.html", page, InputFormat.Html, Dated));

        Assert.StartsWith("Caf\u00E9 owners", article.GetProperty("text").GetString());
        Assert.Equal((19, 25), Span(article, "dates", "Monday"));
    }

    private static JsonElement Parse(string text) => Json(ArticleProcessor.Process("a.txt", Encoding.UTF8.GetBytes(text), InputFormat.Text, Dated));

    // Through the JSON writer, checked against the whole contract first.
    private static JsonElement Json(ArticleResult result)
    {
        Assert.Null(result.Error);
        return JsonDocument.Parse(OutputContract.Check(result).Json).RootElement.Clone();
    }

    private static JsonElement Item(JsonElement article, string list, string text) =>
        Assert.Single(article.GetProperty(list).EnumerateArray(), item => item.GetProperty("text").GetString() == text);

    private static (int, int) Span(JsonElement article, string list, string text)
    {
        var item = Item(article, list, text);
        return (item.GetProperty("start").GetInt32(), item.GetProperty("end").GetInt32());
    }
}
