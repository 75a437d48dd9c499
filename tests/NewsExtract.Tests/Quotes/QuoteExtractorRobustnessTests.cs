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
}
