using System.Text;
using NewsExtract.Text;

namespace NewsExtract.Tests;

public sealed class CancellationTests
{
    private const string Story = "Minister Ola Berg said on Monday that 30 bridges were closed. \u201cWe act now,\u201d she said.\n\nMore follows.\n";

    [Theory]
    [InlineData(InputFormat.Text)]
    [InlineData(InputFormat.Html)]
    public void A_cancelled_token_stops_processing_with_OperationCanceledException(InputFormat format)
    {
        var bytes = Encoding.UTF8.GetBytes(format == InputFormat.Html ? $"<html><body><p>{Story}</p></body></html>" : Story);

        Assert.ThrowsAny<OperationCanceledException>(() =>
            ArticleProcessor.Process("a", bytes, format, new ExtractionOptions(), cancellation: new CancellationToken(canceled: true)));
    }

    [Theory]
    [InlineData("dates")]
    [InlineData("counts")]
    [InlineData("officials")]
    [InlineData("quotes")]
    public void Every_extractor_checks_the_articles_token(string extractor)
    {
        using var budget = new CancellationTokenSource();
        var article = Article.FromText(Story, budget.Token);
        budget.Cancel();

        Action run = extractor switch
        {
            "dates" => () => NewsExtract.Dates.DateTagger.Tag(article, null),
            "counts" => () => NewsExtract.Counts.CountExtractor.Extract(article, []),
            "officials" => () => NewsExtract.Officials.OfficialExtractor.Extract(article),
            _ => () => NewsExtract.Quotes.QuoteExtractor.Extract(article, []),
        };

        Assert.ThrowsAny<OperationCanceledException>(run);
    }

    [Fact]
    public void An_uncancelled_token_changes_nothing()
    {
        using var budget = new CancellationTokenSource();
        var options = new ExtractionOptions(new DateOnly(2025, 6, 9));
        var with = ArticleProcessor.ProcessText("a", Story, options, cancellation: budget.Token).Facts!;
        var without = ArticleProcessor.ProcessText("a", Story, options).Facts!;

        Assert.Equal(without.Dates, with.Dates);
        Assert.Equal(without.Counts, with.Counts);
        Assert.Equal(without.Quotes.Count, with.Quotes.Count);
        Assert.Equal(without.Officials.Count, with.Officials.Count);
    }
}
