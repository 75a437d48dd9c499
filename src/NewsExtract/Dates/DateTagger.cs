using NewsExtract.Dates.Tagging;
using NewsExtract.Text;

namespace NewsExtract.Dates;

/// <summary>
/// Finds temporal expressions and resolves them against the reference date, in two stages as
/// HeidelTime does: <see cref="MentionExtractor"/> records what was said (underspecified mentions
/// with the tense of their sentence), <see cref="MentionResolver"/> turns them into TIMEX3 values.
/// Without a reference date, relative values stay underspecified ("XXXX-06-02", "XXXX-WXX-1").
/// </summary>
internal static class DateTagger
{
    public static IReadOnlyList<DateFact> Tag(Article article, DateOnly? referenceDate)
    {
        ArgumentNullException.ThrowIfNull(article);
        return MentionResolver.Resolve(article, MentionExtractor.Extract(article), referenceDate);
    }
}
