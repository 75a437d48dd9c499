using NewsExtract.Officials;
using NewsExtract.Text;

namespace NewsExtract.Quotes;

/// <summary>Finds quotations and reported speech and attributes them to speakers.</summary>
internal static class QuoteExtractor
{
    public static IReadOnlyList<QuoteFact> Extract(Article article, IReadOnlyList<OfficialFact> officials) => [];
}
