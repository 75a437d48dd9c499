using NewsExtract.Dates;
using NewsExtract.Text;

namespace NewsExtract.Tests.Dates;

/// <summary>
/// Data/dates_index.txt must be what the rules give today. After changing the rules, remake it with
/// <c>NEWSEXTRACT_UPDATE_GOLDEN=1 dotnet test --filter DateRulesIndex</c> and rebuild.
/// </summary>
public sealed class DateRulesIndexTests
{
    [Fact]
    public void The_saved_index_is_the_one_the_rules_give()
    {
        var expected = DateRulesIndex.Write(DateRules.All);
        if (Environment.GetEnvironmentVariable("NEWSEXTRACT_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(Path.Combine(RepositoryRoot(), "src", "NewsExtract", "Dates", "Data", DateRulesIndex.FileName), expected);
            return;
        }

        Assert.Equal(expected, EmbeddedText());
        Assert.NotNull(DateRulesIndex.Load(DateRules.All));
    }

    [Fact]
    public void The_saved_hints_equal_a_fresh_analysis()
    {
        var saved = DateRulesIndex.Load(DateRules.All);
        var fresh = PatternScanner.Analyze(DateRules.All.Select(rule => rule.Expression).ToList());

        Assert.NotNull(saved);
        Assert.Equal(fresh.Select(Text), saved.Select(Text));
    }

    private static string Text(ScanHint hint) =>
        (hint.Prefixes is null ? "*" : string.Join("|", hint.Prefixes.Order(StringComparer.Ordinal)))
        + "\t" + (hint.Literals is null ? "*" : string.Join("|", hint.Literals));

    private static string EmbeddedText()
    {
        using var stream = typeof(DateRules).Assembly.GetManifestResourceStream("NewsExtract.Data." + DateRulesIndex.FileName)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "NewsExtract.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
