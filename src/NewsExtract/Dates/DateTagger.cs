using NewsExtract.Text;

namespace NewsExtract.Dates;

/// <summary>
/// Finds temporal expressions and resolves them against the reference date, in two stages as
/// HeidelTime does: <see cref="MentionExtractor"/> records what was said, <see cref="MentionResolver"/>
/// turns it into TIMEX3 values.
/// </summary>
internal static class DateTagger
{
    public static IReadOnlyList<DateFact> Tag(Article article, DateOnly? referenceDate)
    {
        ArgumentNullException.ThrowIfNull(article);
        var mentions = MentionExtractor.Extract(article);
        return MentionResolver.Resolve(article, mentions, referenceDate);
    }
}
