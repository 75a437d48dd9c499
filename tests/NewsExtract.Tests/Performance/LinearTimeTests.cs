using System.Diagnostics;
using NewsExtract.Bench;
using NewsExtract.Counts;
using NewsExtract.Html;
using NewsExtract.Officials;
using NewsExtract.Quotes;
using NewsExtract.Text;
using Xunit.Abstractions;

namespace NewsExtract.Tests.Performance;

/// <summary>
/// Inputs built to hurt (bench/NewsExtract.Bench/HostileInputs.cs) at one size and ten times that:
/// a linear stage takes about ten times as long, a quadratic one a hundred. The bound of 30 leaves room
/// for a loaded machine; the curve itself is measured by the benchmark HostileInputBenchmarks.
/// </summary>
[Collection(TimingSensitive.Name)]
public sealed class LinearTimeTests(ITestOutputHelper output)
{
    private const double MaxRatio = 30;

    [Fact]
    public void Quotes_over_many_unbalanced_quote_marks() =>
        AssertLinear(HostileInputs.QuoteMarks, 20_000, text =>
        {
            var article = Article.FromText(text);
            QuoteExtractor.Extract(article, OfficialExtractor.Extract(article));
        });

    [Fact]
    public void Officials_over_many_capitalised_words() =>
        AssertLinear(HostileInputs.CapitalisedWords, 20_000, text => OfficialExtractor.Extract(Article.FromText(text)));

    [Fact]
    public void Counts_over_long_runs_of_digits() =>
        AssertLinear(HostileInputs.Digits, 200_000, text => CountExtractor.Extract(Article.FromText(text), []));

    [Fact]
    public void The_whole_pipeline_over_one_long_line() =>
        AssertLinear(HostileInputs.LongLine, 20_000, text => ArticleProcessor.ProcessText("a", text, new ExtractionOptions(new DateOnly(2025, 6, 9))));

    // Each weekday takes the tense of the nearest marker: looked up, not searched for, date by date.
    [Fact]
    public void Dates_in_one_long_sentence_full_of_tense_markers() =>
        AssertLinear(HostileInputs.LongSentence, 20_000, text => ArticleProcessor.ProcessText("a", text, new ExtractionOptions(new DateOnly(2025, 6, 9), FactKinds.Dates)));

    [Fact]
    public void The_whole_pipeline_over_many_paragraphs() =>
        AssertLinear(HostileInputs.Article, 20_000, text => ArticleProcessor.ProcessText("a", text, new ExtractionOptions(new DateOnly(2025, 6, 9))));

    // Ten times 1,000 levels is past NestingDepth.Limit: the page is refused after one scan, not parsed.
    [Fact]
    public void Html_reading_over_deep_containers() =>
        AssertLinear(HostileInputs.DeepContainers, 1_000, ReadOrRefuse);

    [Fact]
    public void Html_reading_over_deep_unclosed_formatting_elements() =>
        AssertLinear(HostileInputs.DeepInline, 1_000, ReadOrRefuse);

    [Fact]
    public void Html_reading_over_many_paragraphs() =>
        AssertLinear(HostileInputs.ManyParagraphs, 10_000, html => HtmlArticleReader.Read(html));

    private static void ReadOrRefuse(string html)
    {
        try
        {
            HtmlArticleReader.Read(html);
        }
        catch (HtmlTooDeepException)
        {
            // Refusing is the linear way out for a page nested past any real one.
        }
    }

    private void AssertLinear(Func<int, string> input, int size, Action<string> run)
    {
        var small = input(size);
        var large = input(size * 10);
        run(small);
        var once = Fastest(3, small, run);
        var tenTimes = Fastest(2, large, run);
        var ratio = tenTimes.TotalMilliseconds / Math.Max(once.TotalMilliseconds, 1);
        output.WriteLine($"{small.Length} chars: {once.TotalMilliseconds:F1} ms; {large.Length} chars: {tenTimes.TotalMilliseconds:F1} ms; ratio {ratio:F1}");

        Assert.True(ratio <= MaxRatio, $"ten times the input took {ratio:F1} times as long ({once.TotalMilliseconds:F1} ms, then {tenTimes.TotalMilliseconds:F1} ms)");
    }

    // The fastest of a few runs: the least disturbed by other work on the machine.
    private static TimeSpan Fastest(int runs, string text, Action<string> run)
    {
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            run(text);
            best = TimeSpan.FromTicks(Math.Min(best.Ticks, watch.Elapsed.Ticks));
        }

        return best;
    }
}
