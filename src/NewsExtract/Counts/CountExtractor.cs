using NewsExtract.Dates;
using NewsExtract.Text;

namespace NewsExtract.Counts;

/// <summary>Finds numbers with what they count.</summary>
internal static class CountExtractor
{
    public static IReadOnlyList<CountFact> Extract(Article article, IReadOnlyList<DateFact> dates) => [];
}
