using NewsExtract.Officials;
using NewsExtract.Quotes;
using NewsExtract.Text;

namespace NewsExtract.Tests.Quotes;

/// <summary>Random mixes of quotation marks, cues and names: the extractor must never throw and every span must index its text.</summary>
public sealed class QuoteExtractorRobustnessTests
{
    private static readonly string[] Pieces =
    [
        "\"", "“", "”", "‘", "’", "'", "``", "''", "«", "»", "„", " ", " ", ",", ".", ":", "-", "—", "\n", "\n\n",
        "said", "he", "she", "they", "it", "Mr", "Mr.", "Ms Lund", "Anna Berg", "the", "spokesman", "according", "to",
        "saying", "adding", "as", "and", "told", "that", "The", "(", ")", "’s", "12", "🎉", "Kremlin", "officials", "statement",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_text_never_throws_and_spans_match_their_text(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 2000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 60)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            var article = Article.FromText(text);

            var quotes = QuoteExtractor.Extract(article, OfficialExtractor.Extract(article));

            foreach (var quote in quotes)
            {
                Assert.True(quote.Span.Start >= 0 && quote.Span.Start < quote.Span.End && quote.Span.End <= text.Length, text);
                Assert.Equal(quote.Text, text[quote.Span.Start..quote.Span.End]);
            }
        }
    }

    [Fact]
    public void Buffers_let_go_after_a_huge_paragraph_give_the_same_quotes()
    {
        const string Story = "\"We will reopen the port,\" Harbour Master Ines Calder said on Monday.\n\nShe added that repairs would take weeks.";
        var before = Quotes(Story);

        // One paragraph of far more tokens than a thread keeps buffers for (Text/ReusedBuffer.cs).
        Quotes(string.Concat(Enumerable.Repeat("\"Yes,\" he said, and then ", 8_000)));

        Assert.Equal(before, Quotes(Story));
        Assert.NotEmpty(before);
    }

    private static List<(TextSpan Span, string? Speaker)> Quotes(string text)
    {
        var article = Article.FromText(text);
        return QuoteExtractor.Extract(article, OfficialExtractor.Extract(article)).Select(q => (q.Span, q.Speaker)).ToList();
    }
}
