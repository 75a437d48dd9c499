using NewsExtract.Counts;
using NewsExtract.Dates;
using NewsExtract.Officials;
using NewsExtract.Quotes;
using NewsExtract.Text;

namespace NewsExtract;

/// <summary>
/// Runs the extractors over one article. Thread-safe and stateless: one instance serves any number
/// of articles in parallel.
/// </summary>
public sealed class NewsExtractor
{
    public static NewsExtractor Default { get; } = new();

    /// <exception cref="OperationCanceledException">The article's <see cref="Article.Cancellation"/> was cancelled.</exception>
    public ArticleFacts Extract(Article article, ExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(options);
        var kinds = options.Kinds;
        var cancellation = article.Cancellation;

        // Counts need the date spans so that "June 2" or "2007" inside a date is not counted.
        var dates = (kinds & (FactKinds.Dates | FactKinds.Counts)) != 0
            ? DateTagger.Tag(article, options.ReferenceDate)
            : [];
        cancellation.ThrowIfCancellationRequested();
        var counts = (kinds & FactKinds.Counts) != 0 ? CountExtractor.Extract(article, dates) : [];
        cancellation.ThrowIfCancellationRequested();

        // Quote attribution needs the people, so officials run whenever quotes are asked for.
        var officials = (kinds & (FactKinds.Officials | FactKinds.Quotes)) != 0
            ? OfficialExtractor.Extract(article)
            : [];
        cancellation.ThrowIfCancellationRequested();
        var quotes = (kinds & FactKinds.Quotes) != 0 ? QuoteExtractor.Extract(article, officials) : [];

        return new ArticleFacts(
            (kinds & FactKinds.Dates) != 0 ? dates : [],
            counts,
            (kinds & FactKinds.Officials) != 0 ? officials : [],
            quotes);
    }
}
