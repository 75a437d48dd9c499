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

    // Reaches the word lists and rules of every extractor; written for this purpose.
    private const string PreparationText =
        "\"We will vote again on Tuesday,\" Mayor Ruth Adeyemi told reporters, as 40 delegates met in the city hall.";

    /// <summary>
    /// Loads now the rules and word lists that the extractors of <paramref name="kinds"/> otherwise
    /// load for the first article. The command-line tool runs it on a second thread while the first
    /// article is read and its dates are found, so one short article does not pay for both in turn:
    /// the saved scan index of the date rules comes first (the first article's dates wait for it),
    /// then the word lists of the other extractors. Thread-safe; the results of later extractions are
    /// the same either way.
    /// </summary>
    public static void Prepare(FactKinds kinds)
    {
        if ((kinds & (FactKinds.Dates | FactKinds.Counts)) != 0)
        {
            ScanIndex.Preload(DateRules.IndexFile);
            ScanIndex.Preload(TenseDetector.IndexFile);
        }

        var article = Article.FromText(PreparationText);
        if ((kinds & (FactKinds.Officials | FactKinds.Quotes)) != 0)
        {
            QuoteExtractor.Extract(article, OfficialExtractor.Extract(article));
        }

        if ((kinds & FactKinds.Counts) != 0)
        {
            CountExtractor.Extract(article, []);
        }

        if ((kinds & FactKinds.Dates) != 0)
        {
            DateTagger.Tag(article, new DateOnly(2000, 1, 1));
        }
    }

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
