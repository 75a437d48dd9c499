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
            ("segment", null, () => Extract(articles, FactKinds.None)),
            ("dates", "segment", () => Extract(articles, FactKinds.Dates)),
            ("counts", "dates", () => Extract(articles, FactKinds.Counts)),
            ("officials", "segment", () => Extract(articles, FactKinds.Officials)),
            ("quotes", "officials", () => Extract(articles, FactKinds.Quotes)),
            ("all kinds", "segment", () => Extract(articles, FactKinds.All)),
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

    // Returns the number of facts, so the work stays observable.
    private static long Extract(IReadOnlyList<SampleArticle> articles, FactKinds kinds)
    {
        var options = new ExtractionOptions(SampleArticles.ReferenceDate, kinds);
        long facts = 0;
        foreach (var article in articles)
        {
            facts += ArticleProcessor.ProcessText(article.Name, article.Text, options).Facts is { } found
                ? found.Dates.Count + found.Counts.Count + found.Officials.Count + found.Quotes.Count
                : 0;
        }

        return facts;
    }

    private static long ToJsonLines(IReadOnlyList<SampleArticle> articles)
    {
        var options = new ExtractionOptions(SampleArticles.ReferenceDate);
        using var output = new CountingStream();
        using (var writer = ResultWriter.Create(OutputFormat.JsonLines, output, new OutputOptions(), asArray: false, flushEachArticle: false))
        {
            writer.Begin();
            foreach (var article in articles)
            {
                writer.Write(ArticleProcessor.Process(article.Name, article.Bytes, InputFormat.Text, options));
            }

            writer.End();
        }

        return output.Length;
    }

    // Stream.Null, but counting what it is given, so the writing cannot be skipped.
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => _length += count;
        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
    }
}
