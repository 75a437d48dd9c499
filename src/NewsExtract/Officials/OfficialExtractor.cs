using NewsExtract.Text;

namespace NewsExtract.Officials;

/// <summary>Finds named people with their titles, affiliations and mentions.</summary>
internal static class OfficialExtractor
{
    public static IReadOnlyList<OfficialFact> Extract(Article article) => [];
}
