using NewsExtract.Dates;
using NewsExtract.Tests.Properties;

namespace NewsExtract.Tests.Fuzz;

/// <summary>
/// Every input with which fuzzing (fuzz/README.md) broke the library, replayed as the harness runs it:
/// the first byte picks the path (odd: HTML), the rest is the input.
/// </summary>
public sealed class FuzzFindingTests
{
    public static TheoryData<string> Findings() =>
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "fuzz")).Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Findings))]
    public void A_fuzz_finding_is_processed_within_the_contract(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "fuzz", name));
        var format = (bytes[0] & 1) == 1 ? InputFormat.Html : InputFormat.Text;

        var result = ArticleProcessor.Process("fuzz", bytes.AsSpan(1), format, new ExtractionOptions(new DateOnly(2025, 6, 9)));

        OutputContract.Check(result);
    }

    [Theory]
    [InlineData("It reopened 1,200,201,200 days later.", "FUTURE_REF")]
    [InlineData("It reopened 111111111111111 days later.", "FUTURE_REF")]
    [InlineData("It had closed 4,000,000 weeks earlier.", "PAST_REF")]
    [InlineData("It reopened 3 days later.", "2025-06-12")]
    public void An_offset_past_the_calendar_resolves_to_its_direction_only(string text, string value)
    {
        var dates = ArticleProcessor.ProcessText("a", text, new ExtractionOptions(new DateOnly(2025, 6, 9))).Facts!.Dates;

        Assert.Equal(value, Assert.Single(dates).Value);
    }

    [Fact]
    public void A_shift_out_of_the_calendar_is_null()
    {
        var day = Period.Of(Granularity.Day, new DateOnly(9999, 12, 30));

        Assert.Null(day.Shift(Granularity.Day, 5));
        Assert.Null(day.Shift(Granularity.Century, 1));
        Assert.Equal("9999-12-31", day.Shift(Granularity.Day, 1)?.ToTimex());
    }
}
