using BenchmarkDotNet.Attributes;

namespace NewsExtract.Bench;

/// <summary>
/// Each extractor alone over all sample articles, the text pipeline with every extractor, and the
/// whole of <see cref="ArticleProcessor.Process"/> from bytes. Segmentation alone (no kinds) is the
/// floor every other figure includes. Public and unsealed because BenchmarkDotNet derives from it.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private IReadOnlyList<SampleArticle> _articles = [];

    [GlobalSetup]
    public void Setup() => _articles = SampleArticles.Load();

    [Benchmark]
    public int Segmentation() => Extract(FactKinds.None);

    [Benchmark]
    public int Dates() => Extract(FactKinds.Dates);

    [Benchmark]
    public int Counts() => Extract(FactKinds.Counts);

    [Benchmark]
    public int Officials() => Extract(FactKinds.Officials);

    [Benchmark]
    public int Quotes() => Extract(FactKinds.Quotes);

    [Benchmark(Baseline = true)]
    public int AllKinds() => Extract(FactKinds.All);

    [Benchmark]
    public int PipelineFromBytes()
    {
        var options = new ExtractionOptions(SampleArticles.ReferenceDate);
        var facts = 0;
        foreach (var article in _articles)
        {
            facts += FactCount(ArticleProcessor.Process(article.Name, article.Bytes, InputFormat.Text, options));
        }

        return facts;
    }

    private int Extract(FactKinds kinds) => Extract(_articles, kinds);

    /// <summary>
    /// The text pipeline with these kinds over the articles (also the bench's reports'); returning the
    /// number of facts keeps the work observable, so it cannot be optimised away.
    /// </summary>
    internal static int Extract(IReadOnlyList<SampleArticle> articles, FactKinds kinds)
    {
        var options = new ExtractionOptions(SampleArticles.ReferenceDate, kinds);
        var facts = 0;
        foreach (var article in articles)
        {
            facts += FactCount(ArticleProcessor.ProcessText(article.Name, article.Text, options));
        }

        return facts;
    }

    internal static int FactCount(Output.ArticleResult result) =>
        result.Facts is { } facts ? facts.Dates.Count + facts.Counts.Count + facts.Officials.Count + facts.Quotes.Count : 0;
}
