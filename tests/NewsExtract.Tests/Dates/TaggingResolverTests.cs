using NewsExtract.Dates.Tagging;
using NewsExtract.Text;

namespace NewsExtract.Tests.Dates;

public sealed class TaggingResolverTests
{
    private static readonly DateOnly Monday = new(2025, 6, 9);

    [Theory]
    [InlineData(5, null, "Past", "2025-06-06")]
    [InlineData(5, null, "Future", "2025-06-13")]
    [InlineData(5, null, "Unknown", "2025-06-06")]
    [InlineData(1, null, "Past", "2025-06-09")]
    [InlineData(1, null, "Future", "2025-06-09")]
    [InlineData(5, 1, "Past", "2025-06-13")]
    [InlineData(5, -1, "Future", "2025-06-06")]
    [InlineData(1, -1, "Unknown", "2025-06-02")]
    public void Weekday_follows_shift_then_tense(int weekday, int? shift, string tense, string expected)
    {
        Assert.Equal(expected, MentionResolver.Weekday(Monday, weekday, shift, Enum.Parse<Tense>(tense)).ToString("yyyy-MM-dd"));
    }

    [Theory]
    [InlineData("Past", null, "2025-W23-WE")]
    [InlineData("Future", null, "2025-W24-WE")]
    [InlineData("Unknown", -1, "2025-W23-WE")]
    [InlineData("Past", 1, "2025-W25-WE")]
    public void Weekend_is_the_one_before_in_past_tense(string tense, int? shift, string expected)
    {
        var mention = new DateMention(new TextSpan(0, 11), "test", MentionKind.Relative, "DATE") { Unit = "WE", Shift = shift, Tense = Enum.Parse<Tense>(tense) };
        Assert.Equal(("DATE", expected), MentionResolver.ResolveOne(mention, Monday));
    }

    [Theory]
    [InlineData(10, null, "Past", "2024-10")]
    [InlineData(10, null, "Future", "2025-10")]
    [InlineData(1, null, "Future", "2026-01")]
    [InlineData(1, null, "Past", "2025-01")]
    [InlineData(7, 2, "Past", "2025-07-02")]
    public void Year_of_a_month_follows_the_tense(int month, int? day, string tense, string expected)
    {
        var mention = new DateMention(new TextSpan(0, 4), "test", MentionKind.Calendar, "DATE") { Month = month, Day = day, Tense = Enum.Parse<Tense>(tense) };
        Assert.Equal(("DATE", expected), MentionResolver.ResolveOne(mention, Monday));
    }

    [Fact]
    public void Without_a_reference_date_values_stay_underspecified()
    {
        var weekday = new DateMention(new TextSpan(0, 6), "test", MentionKind.Calendar, "DATE") { Weekday = 1 };
        var monthDay = new DateMention(new TextSpan(0, 6), "test", MentionKind.Calendar, "DATE") { Month = 6, Day = 2 };
        var lastWeek = new DateMention(new TextSpan(0, 9), "test", MentionKind.Relative, "DATE") { Unit = "W", Shift = -1 };
        Assert.Equal(("DATE", "XXXX-WXX-1"), MentionResolver.ResolveOne(weekday, null));
        Assert.Equal(("DATE", "XXXX-06-02"), MentionResolver.ResolveOne(monthDay, null));
        Assert.Equal(("DATE", "XXXX-WXX"), MentionResolver.ResolveOne(lastWeek, null));
    }

    [Theory]
    [InlineData("D", 3.0, "P3D")]
    [InlineData("TH", 24.0, "PT24H")]
    [InlineData("Y", null, "PXY")]
    [InlineData("DE", 2.0, "P20Y")]
    [InlineData("Y", 0.5, "P6M")]
    [InlineData("F", 1.0, "P2W")]
    public void Periods_are_written_in_timex3(string unit, double? amount, string expected)
    {
        Assert.Equal(expected, Timex.Period(unit, amount));
    }

    [Theory]
    [InlineData("11-D4-4", 2025, "2025-11-27")]
    [InlineData("05-D1-L", 2025, "2025-05-26")]
    [InlineData("E-2", 2025, "2025-04-18")]
    [InlineData("12-25", 2024, "2024-12-25")]
    public void Holidays_fall_on_their_rule(string rule, int year, string expected)
    {
        Assert.Equal(expected, Holidays.On(rule, year).ToString("yyyy-MM-dd"));
    }

    [Theory]
    [InlineData("The talks ended on Friday.", "Past")]
    [InlineData("The talks will resume on Friday.", "Future")]
    [InlineData("Officials said Friday that talks will resume.", "Past")]
    public void Tense_comes_from_the_nearest_marker(string sentence, string expected)
    {
        var start = sentence.IndexOf("Friday", StringComparison.Ordinal);
        Assert.Equal(Enum.Parse<Tense>(expected), TenseDetector.Detect(sentence, new TextSpan(0, sentence.Length), new TextSpan(start, start + 6)));
    }

    [Fact]
    public void Extraction_keeps_the_longest_match_and_drops_names()
    {
        var article = Article.FromText("Prime Minister Theresa May met envoys on Friday, June 6, and again over the weekend.");
        var mentions = MentionExtractor.Extract(article);
        Assert.Collection(
            mentions,
            m => Assert.Equal("Friday, June 6", article.Slice(m.Span)),
            m => Assert.Equal("the weekend", article.Slice(m.Span)));
    }
}
