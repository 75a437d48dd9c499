using NewsExtract.Text;

namespace NewsExtract.Dates;

/// <summary>Finds temporal expressions and resolves them against the reference date.</summary>
internal static class DateTagger
{
    public static IReadOnlyList<DateFact> Tag(Article article, DateOnly? referenceDate) => [];
}
