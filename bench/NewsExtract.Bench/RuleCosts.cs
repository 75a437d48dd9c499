using NewsExtract.Dates;
using NewsExtract.Text;

namespace NewsExtract.Bench;

/// <summary>
/// `-- --rule-costs [TOP]`: what each date rule and tense marker costs the scanner over the articles
/// (samples/, or NEWSEXTRACT_BENCH_DIR): the places its prefixes send the scanner to, the tries left
/// after the literal filters, the matches, and the time the tries took, the dearest first. A rule
/// tried far more often than it matches is where a sharper filter (or a sharper rule) pays.
/// </summary>
internal static class RuleCosts
{
    public const string Switch = "--rule-costs";

    public static int Run(IReadOnlyList<string> args)
    {
        if (ReportArguments.Count(args, 25, $"{Switch} [TOP]   (TOP: how many rules of each scanner to list, default 25)") is not { } top)
        {
            return 2;
        }

        var articles = SampleArticles.Load();

        // Two passes first, so the tries are timed in compiled, warmed-up code.
        ExtractionBenchmarks.Extract(articles, FactKinds.All);
        ExtractionBenchmarks.Extract(articles, FactKinds.All);
        var scanners = new (string Name, PatternScanner Scanner, IReadOnlyList<(string Id, string Expression)> Expressions)[]
        {
            ("date rules", DateRules.Scanner, DateRules.Expressions),
            ("tense markers", TenseDetector.Scanner, TenseDetector.Expressions),
        };
        foreach (var (_, scanner, _) in scanners)
        {
            scanner.Counters = new ScanCounters(scanner.Count);
        }

        ExtractionBenchmarks.Extract(articles, FactKinds.All);
        Console.WriteLine($"{articles.Count} articles, {articles.Sum(a => a.Text.Length):N0} characters, one pass");
        foreach (var (name, scanner, expressions) in scanners)
        {
            var counters = scanner.Counters!;
            scanner.Counters = null;
            Print(name, counters, expressions, top);
        }

        return 0;
    }

    private static void Print(string name, ScanCounters counters, IReadOnlyList<(string Id, string Expression)> expressions, int top)
    {
        var all = Enumerable.Range(0, counters.Count).ToList();
        Console.WriteLine();
        Console.WriteLine($"{name}: {counters.Count} expressions, {all.Sum(counters.Starts):N0} starts, {all.Sum(counters.Tries):N0} tries, " +
            $"{all.Sum(counters.Matches):N0} matches, {all.Sum(e => counters.Time(e).TotalMilliseconds):F1} ms in tries");
        Console.WriteLine($"  {"id",-28} {"starts",10} {"tries",9} {"matches",9} {"ms",8} {"µs/try",7}");
        foreach (var e in all.OrderByDescending(counters.Time).ThenBy(e => e).Take(top))
        {
            var ms = counters.Time(e).TotalMilliseconds;
            var perTry = counters.Tries(e) == 0 ? 0 : ms * 1000 / counters.Tries(e);
            Console.WriteLine($"  {expressions[e].Id,-28} {counters.Starts(e),10:N0} {counters.Tries(e),9:N0} {counters.Matches(e),9:N0} {ms,8:F1} {perTry,7:F2}");
        }
    }
}
