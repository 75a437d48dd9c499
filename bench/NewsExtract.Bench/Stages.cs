using System.Diagnostics;
using NewsExtract.Output;
using NewsExtract.Text;

namespace NewsExtract.Bench;

/// <summary>
/// `-- --stages [ROUNDS]`: what each stage of the pipeline costs per byte of input over the articles
/// (samples/, or NEWSEXTRACT_BENCH_DIR), in this process: decoding, segmentation, each extractor,
/// all four, and whole records from bytes to JSON Lines. After two passes of the whole pipeline (so
/// the code is compiled and warm), each stage runs once more to warm up, then ROUNDS times (default
/// 10), and its fastest round counts. A stage's own cost is its figure less what it runs on
/// (segmentation; the dates for counts, the officials for quotes): where a throughput goal's budget
/// per byte goes. Not a BenchmarkDotNet run: compare stages within a run.
/// </summary>
internal static class Stages
{
    public const string Switch = "--stages";

    public static int Run(IReadOnlyList<string> args)
    {
        if (ReportArguments.Count(args, 10, $"{Switch} [ROUNDS]   (ROUNDS: timed rounds per stage, the fastest counts; default 10)") is not { } rounds)
        {
            return 2;
        }

        var articles = SampleArticles.Load();
        long bytes = articles.Sum(article => (long)article.Bytes.Length);
        var stages = new (string Name, string? Under, Func<long> Work)[]
        {
            ("decode", null, () => articles.Sum(article => (long)(TextDecoder.Decode(article.Bytes).Text?.Length ?? 0))),
            ("segment", null, () => ExtractionBenchmarks.Extract(articles, FactKinds.None)),
            ("dates", "segment", () => ExtractionBenchmarks.Extract(articles, FactKinds.Dates)),
            ("counts", "dates", () => ExtractionBenchmarks.Extract(articles, FactKinds.Counts)),
            ("officials", "segment", () => ExtractionBenchmarks.Extract(articles, FactKinds.Officials)),
            ("quotes", "officials", () => ExtractionBenchmarks.Extract(articles, FactKinds.Quotes)),
            ("all kinds", "segment", () => ExtractionBenchmarks.Extract(articles, FactKinds.All)),
            ("bytes to JSON Lines", "all kinds", () => ToJsonLines(articles)),
        };

        // Two whole passes first, so every stage is timed in compiled, warmed-up code.
        ToJsonLines(articles);
        ToJsonLines(articles);
        Console.WriteLine($"{articles.Count} articles, {bytes:N0} bytes; the fastest of {rounds} rounds per stage");
        Console.WriteLine($"  {"stage",-20} {"ms",9} {"ns/byte",8} {"MB/s",8}   {"own ns/byte",-12}");
        var times = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (name, under, work) in stages)
        {
            var ms = Fastest(work, rounds);
            times[name] = ms;
            var own = under is null ? "" : $"{PerByte(ms - times[under], bytes),8:F1} (less {under})";
            Console.WriteLine($"  {name,-20} {ms,9:F1} {PerByte(ms, bytes),8:F1} {bytes / 1e3 / ms,8:F1}   {own}");
        }

        return 0;
    }

    private static double PerByte(double ms, long bytes) => ms * 1e6 / bytes;

    private static double Fastest(Func<long> work, int rounds)
    {
        work();
        var fastest = double.MaxValue;
        for (var round = 0; round < rounds; round++)
        {
            var clock = Stopwatch.StartNew();
            work();
            fastest = Math.Min(fastest, clock.Elapsed.TotalMilliseconds);
        }

        return fastest;
    }

    // Returns the number of facts, so the work stays observable; the records' bytes go nowhere.
    private static long ToJsonLines(IReadOnlyList<SampleArticle> articles)
    {
        var options = new ExtractionOptions(SampleArticles.ReferenceDate);
        long facts = 0;
        using (var writer = ResultWriter.Create(OutputFormat.JsonLines, Stream.Null, new OutputOptions(), asArray: false, flushEachArticle: false))
        {
            writer.Begin();
            foreach (var article in articles)
            {
                var result = ArticleProcessor.Process(article.Name, article.Bytes, InputFormat.Text, options);
                facts += ExtractionBenchmarks.FactCount(result);
                writer.Write(result);
            }

            writer.End();
        }

        return facts;
    }
}
