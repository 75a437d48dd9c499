using NewsExtract.Dates;
using NewsExtract.Text;

namespace NewsExtract.Tests.Text;

/// <summary>
/// The saved scan hints must be what the expressions give today. After changing date rules or tense
/// markers, remake them with <c>NEWSEXTRACT_UPDATE_GOLDEN=1 dotnet test --filter ScanIndex</c> and rebuild.
/// </summary>
public sealed class ScanIndexTests
{
    public static TheoryData<string> Files => [DateRules.IndexFile, TenseDetector.IndexFile];

    [Theory]
    [MemberData(nameof(Files))]
    public void The_saved_index_is_the_one_the_expressions_give(string file)
    {
        var (expressions, source) = Source(file);
        var expected = ScanIndex.Write(expressions, source);
        if (Repository.UpdatingGolden)
        {
            File.WriteAllText(Path.Combine(Repository.Root(), "src", "NewsExtract", "Dates", "Data", file), expected);
            return;
        }

        Assert.Equal(expected, EmbeddedText(file));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void The_saved_hints_equal_a_fresh_analysis(string file)
    {
        var (expressions, _) = Source(file);
        var saved = ScanIndex.Load(file, expressions);
        var fresh = PatternScanner.Analyze(expressions.Select(e => e.Expression).ToList());

        Assert.NotNull(saved);
        Assert.Equal(fresh.Select(Text), saved.Hints.Select(Text));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void A_file_read_ahead_gives_what_reading_it_then_gives(string file)
    {
        var (expressions, _) = Source(file);
        var direct = ScanIndex.Load(file, expressions);
        ScanIndex.Preload(file, evenIfLoaded: true);
        ScanIndex.Preload(file, evenIfLoaded: true);
        var ahead = ScanIndex.Load(file, expressions);

        Assert.NotNull(direct);
        Assert.NotNull(ahead);
        Assert.Equal(direct.Hints.Select(Text), ahead.Hints.Select(Text));
    }

    [Fact]
    public void A_file_read_ahead_is_still_checked_against_the_expressions()
    {
        var expressions = DateRules.Expressions.Select((e, i) => i == 0 ? (e.Id, e.Expression + "x") : e).ToList();
        ScanIndex.Preload(DateRules.IndexFile, evenIfLoaded: true);

        Assert.Null(ScanIndex.Load(DateRules.IndexFile, expressions));
    }

    [Fact]
    public void A_file_made_from_other_expressions_is_ignored()
    {
        var expressions = DateRules.Expressions.Select((e, i) => i == 0 ? (e.Id, e.Expression + "x") : e).ToList();

        Assert.Null(ScanIndex.Load(DateRules.IndexFile, expressions));
    }

    private static (IReadOnlyList<(string Id, string Expression)> Expressions, string Source) Source(string file) =>
        file == DateRules.IndexFile ? (DateRules.Expressions, "dates_rules.txt") : (TenseDetector.Expressions, "dates_tense.txt");

    private static string Text(ScanHint hint) =>
        (hint.Prefixes is null ? "*" : string.Join("|", hint.Prefixes.Order(StringComparer.Ordinal)))
        + "\t" + (hint.Literals is null ? "*" : string.Join("|", hint.Literals))
        + "\t" + (hint.MoreLiterals is null ? "-" : string.Join("&", hint.MoreLiterals.Select(set => string.Join("|", set))));

    private static string EmbeddedText(string file)
    {
        using var stream = typeof(ScanIndex).Assembly.GetManifestResourceStream("NewsExtract.Data." + file)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
