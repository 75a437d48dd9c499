using NewsExtract.Dates;
using NewsExtract.Text;

namespace NewsExtract.Tests.Dates;

public sealed class DateResolverTests
{
    private static readonly DateOnly Monday = new(2025, 6, 9);

    [Theory]
    [InlineData("Week", "2024-12-30", "2025-W01")]
    [InlineData("Weekend", "2025-06-08", "2025-W23-WE")]
    [InlineData("Season", "2025-01-15", "2024-WI")]
    [InlineData("Season", "2025-06-09", "2025-SU")]
    [InlineData("Quarter", "2025-06-09", "2025-Q2")]
    [InlineData("Half", "2025-07-01", "2025-H2")]
    [InlineData("Decade", "1998-08-07", "199")]
    [InlineData("Century", "1998-08-07", "19")]
    public void Periods_write_their_timex3_value(string granularity, string day, string value) =>
        Assert.Equal(value, Period.Of(Enum.Parse<Granularity>(granularity), DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)).ToTimex());

    [Fact]
    public void A_period_shifted_by_another_unit_keeps_its_granularity()
    {
        var quarter = Period.Of(Granularity.Quarter, new DateOnly(1989, 8, 1));
        Assert.Equal("1988-Q3", quarter.Shift(Granularity.Year, -1)?.ToTimex());
        Assert.Equal("1989-Q2", quarter.Shift(Granularity.Quarter, -1)?.ToTimex());
    }

    [Theory]
    [InlineData("XXXX-WXX-5", "Past", "2025-06-06")]
    [InlineData("XXXX-WXX-5", "Future", "2025-06-13")]
    [InlineData("XXXX-WXX-1", "Past", "2025-06-09")]
    [InlineData("XXXX-WXX-1", "Future", "2025-06-09")]
    [InlineData("LAST:XXXX-WXX-1", "None", "2025-06-02")]
    [InlineData("NEXT:XXXX-WXX-1", "None", "2025-06-16")]
    [InlineData("XXXX-WXX-WE", "Past", "2025-W23-WE")]
    [InlineData("XXXX-12", "Past", "2024-12")]
    [InlineData("XXXX-12", "Future", "2025-12")]
    [InlineData("XXXX-11-10", "Past", "2024-11-10")]
    [InlineData("XXXX-06-12", "Past", "2025-06-12")]
    [InlineData("XXXX-E+0", "Future", "2026-04-05")]
    [InlineData("XXXX-11-4x4", "Future", "2025-11-27")]
    [InlineData("XX9", "Past", "199")]
    [InlineData("REF-1W", "None", "2025-W23")]
    [InlineData("REF-2Y", "None", "2023")]
    [InlineData("REF+0Y>Q3", "None", "2025-Q3")]
    [InlineData("REF-1DTNI", "None", "2025-06-08TNI")]
    [InlineData("REF-XY", "None", "PAST_REF")]
    [InlineData("ANCHOR@Y+1Y|REF+1Y", "None", "2026")]
    public void Underspecified_values_resolve_against_the_reference_date(string value, string tense, string expected) =>
        Assert.Equal(expected, ResolveOne(value, Enum.Parse<Tense>(tense), Monday));

    [Theory]
    [InlineData("XXXX-06-02", "XXXX-06-02")]
    [InlineData("LAST:XXXX-WXX-1", "XXXX-WXX-1")]
    [InlineData("REF-1D", "XXXX-XX-XX")]
    [InlineData("REF+0Q", "XXXX-QX")]
    [InlineData("REF-1Y>M06", "XXXX-06")]
    [InlineData("1998-08-07", "1998-08-07")]
    [InlineData("T15:00", "T15:00")]
    public void Without_a_reference_date_what_depends_on_it_stays_unknown(string value, string expected) =>
        Assert.Equal(expected, ResolveOne(value, Tense.None, null));

    [Fact]
    public void An_anchored_value_counts_from_the_last_period_mentioned()
    {
        var mentions = new[] { Mention("XXXX-Q3", 0, Tense.Past), Mention("ANCHOR=Q-1Y|REF-1Y", 10, Tense.None), Mention("ANCHOR=Q|REF-1Q", 20, Tense.None) };
        var values = DateResolver.Resolve(mentions, new DateOnly(1989, 11, 2)).Select(f => f.Value);
        Assert.Equal(["1989-Q3", "1988-Q3", "1989-Q3"], values);
    }

    private static string? ResolveOne(string value, Tense tense, DateOnly? reference) =>
        DateResolver.Resolve([Mention(value, 0, tense)], reference).SingleOrDefault()?.Value;

    private static DateMention Mention(string value, int start, Tense tense) =>
        new(new TextSpan(start, start + 5), "dummy", "DATE", value, null, "test", tense, 0);
}
