using System.Text;
using CsCheck;
using NewsExtract.Output;

namespace NewsExtract.Tests.Properties;

/// <summary>
/// Property tests over generated and mutated articles: whatever the text, processing never throws,
/// the output keeps its contract (<see cref="OutputContract"/>) and two runs give the same bytes.
/// </summary>
public sealed class PipelineProperties
{
    // Sizes that keep the whole property suite within a few seconds on a loaded machine.
    private const int Iterations = 150;

    private static readonly ExtractionOptions Dated = new(new DateOnly(2025, 6, 9));

    [Fact]
    public void Generated_articles_as_bytes_keep_the_contract_and_give_the_same_output_twice()
    {
        Gen.Select(ArticleGen.Article(), ArticleGen.Encodings).Sample((text, encoding) =>
        {
            var bytes = ArticleGen.Encode(text, encoding);
            SameOutputTwice(() => ArticleProcessor.Process("a.txt", bytes, InputFormat.Text, Dated));
        }, iter: Iterations, print: Show);
    }

    [Fact]
    public void Mutated_articles_keep_the_contract()
    {
        ArticleGen.Mutated().Sample(text =>
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            OutputContract.Check(ArticleProcessor.Process("a.txt", bytes, InputFormat.Text, new ExtractionOptions()));
        }, iter: Iterations, print: Show);
    }

    [Fact]
    public void Strings_with_lone_surrogates_keep_the_contract_through_the_library()
    {
        // Only the library's string entry point can receive them: every byte decoder refuses them.
        ArticleGen.Mutated(loneSurrogates: true).Sample(text =>
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                SameOutputTwice(() => ArticleProcessor.ProcessText("a", text, Dated));
            }
        }, iter: Iterations / 2, print: Show);
    }

    [Fact]
    public void Generated_html_pages_keep_the_contract()
    {
        ArticleGen.Page().Sample(page =>
        {
            var bytes = Encoding.UTF8.GetBytes(page);
            SameOutputTwice(() => ArticleProcessor.Process("a.html", bytes, InputFormat.Html, Dated));
        }, iter: Iterations / 2, print: Show);
    }

    [Fact]
    public void Every_kind_alone_finds_what_all_kinds_find()
    {
        // --only must filter, never change, the facts of a kind.
        ArticleGen.Article().Sample(text =>
        {
            var all = ArticleProcessor.ProcessText("a", text, Dated).Facts!;
            Assert.Equal(all.Dates, ArticleProcessor.ProcessText("a", text, Dated with { Kinds = FactKinds.Dates }).Facts!.Dates);
            Assert.Equal(all.Counts, ArticleProcessor.ProcessText("a", text, Dated with { Kinds = FactKinds.Counts }).Facts!.Counts);
            Assert.Equal(
                all.Officials.Select(o => o.Name),
                ArticleProcessor.ProcessText("a", text, Dated with { Kinds = FactKinds.Officials }).Facts!.Officials.Select(o => o.Name));
            Assert.Equal(
                all.Quotes.Select(q => (q.Span, q.Speaker)),
                ArticleProcessor.ProcessText("a", text, Dated with { Kinds = FactKinds.Quotes }).Facts!.Quotes.Select(q => (q.Span, q.Speaker)));
        }, iter: Iterations / 3, print: Show);
    }

    [Fact]
    public void The_generator_reaches_every_extractor()
    {
        // Guards the properties above against a generator that drifts into finding nothing.
        var found = new int[4];
        ArticleGen.Article().Sample(text =>
        {
            var facts = ArticleProcessor.ProcessText("a", text, Dated).Facts!;
            int[] counts = [facts.Dates.Count, facts.Counts.Count, facts.Officials.Count, facts.Quotes.Count];
            lock (found)
            {
                for (var i = 0; i < found.Length; i++)
                {
                    found[i] += counts[i] > 0 ? 1 : 0;
                }
            }
        }, iter: 60, threads: 1);

        Assert.All(found, articles => Assert.InRange(articles, 5, 60));
    }

    private static void SameOutputTwice(Func<ArticleResult> process)
    {
        var first = OutputContract.Check(process());
        var second = OutputContract.Check(process());
        Assert.Equal(first, second);
    }

    // Shown by CsCheck for a failing case: escaped, so invisible and control characters can be read.
    private static string Show(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    private static string Show((string Text, Encoding Encoding) sample) => $"{sample.Encoding.WebName} {Show(sample.Text)}";
}
