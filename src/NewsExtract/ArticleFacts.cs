using NewsExtract.Counts;
using NewsExtract.Dates;
using NewsExtract.Officials;
using NewsExtract.Quotes;

namespace NewsExtract;

/// <summary>Everything extracted from one article, each list in text order.</summary>
public sealed record ArticleFacts(
    IReadOnlyList<DateFact> Dates,
    IReadOnlyList<CountFact> Counts,
    IReadOnlyList<OfficialFact> Officials,
    IReadOnlyList<QuoteFact> Quotes);
