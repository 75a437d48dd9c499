using NewsExtract.Dates;
using NewsExtract.Text;

namespace NewsExtract.Counts;

/// <summary>Finds numbers with what they count.</summary>
internal static class CountExtractor
{
    /// <summary>
    /// Every number in the article's prose with its kind (count, money, percent, age, year, duration,
    /// ordinal, measure, time, score, other). Numbers inside <paramref name="dates"/> of type DATE, TIME
    /// or SET are left out; month names next to a number are recognised here too, so the result does
    /// not depend on the date tagger.
    /// </summary>
    public static IReadOnlyList<CountFact> Extract(Article article, IReadOnlyList<DateFact> dates)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(dates);
        // An array: the scanner asks for a date at every token.
        DateFact[] sorted = [.. dates];
        if (!IsSorted(sorted))
        {
            // A stable sort, as the dates' own order breaks ties.
            sorted = [.. sorted.OrderBy(d => d.Span.Start)];
        }

        var facts = new List<CountFact>();
        var scanner = new CountScanner(article.Text, sorted, facts);
        foreach (var paragraph in article.Paragraphs)
        {
            article.Cancellation.ThrowIfCancellationRequested();
            if (paragraph.IsProse)
            {
                scanner.ScanParagraph(paragraph.Span);
            }
        }

        return facts;
    }

    private static bool IsSorted(DateFact[] dates)
    {
        for (var i = 1; i < dates.Length; i++)
        {
            if (dates[i].Span.Start < dates[i - 1].Span.Start)
            {
                return false;
            }
        }

        return true;
    }
}
