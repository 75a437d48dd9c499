using BenchmarkDotNet.Attributes;
using NewsExtract.Counts;
using NewsExtract.Html;
using NewsExtract.Officials;
using NewsExtract.Quotes;
using NewsExtract.Text;

namespace NewsExtract.Bench;

/// <summary>
/// The inputs built to hurt (<see cref="HostileInputs"/>) at a base size and <see cref="Scale"/> times
/// it: a linear stage's time grows with Scale, a quadratic one with its square. The ratio tests in
/// tests/NewsExtract.Tests/Performance bound the same curve. Public and unsealed for BenchmarkDotNet.
/// </summary>
[MemoryDiagnoser]
public class HostileInputBenchmarks
{
    private static readonly ExtractionOptions Options = new(SampleArticles.ReferenceDate);

    private string _quoteMarks = string.Empty;
    private string _capitalisedWords = string.Empty;
    private string _digits = string.Empty;
    private string _longLine = string.Empty;
    private string _deepInline = string.Empty;
    private string _deepContainers = string.Empty;
    private string _manyParagraphs = string.Empty;

    [Params(1, 10)]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // 10^4 quote marks, capitalised words and <p> at Scale 1 (10^5 at 10), 10^5 digits (10^6), a
        // 20 KB line (200 KB), 1,000 nested levels (10,000: past the limit, refused).
        _quoteMarks = HostileInputs.QuoteMarks(10_000 * Scale);
        _capitalisedWords = HostileInputs.CapitalisedWords(10_000 * Scale);
        _digits = HostileInputs.Digits(100_000 * Scale);
        _longLine = HostileInputs.LongLine(20_000 * Scale);
        _deepInline = HostileInputs.DeepInline(1_000 * Scale);
        _deepContainers = HostileInputs.DeepContainers(1_000 * Scale);
        _manyParagraphs = HostileInputs.ManyParagraphs(10_000 * Scale);
    }

    [Benchmark]
    public int QuoteMarks()
    {
        var article = Article.FromText(_quoteMarks);
        return QuoteExtractor.Extract(article, OfficialExtractor.Extract(article)).Count;
    }

    [Benchmark]
    public int CapitalisedWords() => OfficialExtractor.Extract(Article.FromText(_capitalisedWords)).Count;

    [Benchmark]
    public int Digits() => CountExtractor.Extract(Article.FromText(_digits), []).Count;

    [Benchmark]
    public int LongLinePipeline() => ArticleProcessor.ProcessText("line", _longLine, Options).Facts!.Dates.Count;

    [Benchmark]
    public int DeepInlineHtml() => ReadOrRefuse(_deepInline);

    [Benchmark]
    public int DeepContainerHtml() => ReadOrRefuse(_deepContainers);

    [Benchmark]
    public int ManyParagraphsHtml() => ReadOrRefuse(_manyParagraphs);

    private static int ReadOrRefuse(string html)
    {
        try
        {
            return HtmlArticleReader.Read(html).Text.Length;
        }
        catch (HtmlTooDeepException)
        {
            return -1;
        }
    }
}
