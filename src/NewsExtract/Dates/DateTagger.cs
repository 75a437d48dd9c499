using NewsExtract.Text;

namespace NewsExtract.Dates;

/// <summary>
/// Finds temporal expressions and resolves them against the reference date, in two passes as
/// HeidelTime does: <see cref="DateExtractor"/> writes what the text says (underspecified), then
/// <see cref="DateResolver"/> turns it into TIMEX3 values. Without a reference date, values that
/// depend on it stay underspecified ("XXXX-06-02", "XXXX-WXX-1"); the clock is never read.
/// </summary>
internal static class DateTagger
{
    public static IReadOnlyList<DateFact> Tag(Article article, DateOnly? referenceDate) =>
        DateResolver.Resolve(DateExtractor.Extract(article), referenceDate);
}
