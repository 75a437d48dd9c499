using System.Text.RegularExpressions;
using NewsExtract.Text;

namespace NewsExtract.Dates;

/// <summary>The tense of the clause around a date, as far as its sentence tells.</summary>
internal enum Tense
{
    None,
    Past,
    Present,
    Future,
}

/// <summary>
/// Finds the tense of a date's sentence from the markers of Data/dates_tense.txt ("was", "said",
/// "-ed" verbs; "will", "is expected to"): the marker nearest the date wins.
/// </summary>
internal static class TenseDetector
{
    private static readonly (Tense Tense, string Expression)[] Markers = DataFile.Rows("dates_tense.txt")
        .Select(row => (Enum.Parse<Tense>(row[0], ignoreCase: true), row[1]))
        .ToArray();

    private static readonly PatternScanner Scanner = new(Markers.Select(marker => marker.Expression).ToList(),
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, ScanIndex.Load(IndexFile, Expressions));

    /// <summary>The file of saved scan hints for the markers (<see cref="ScanIndex"/>).</summary>
    public const string IndexFile = "dates_tense_index.txt";

    /// <summary>Each marker's id (its tense and line) and expression.</summary>
    public static IReadOnlyList<(string Id, string Expression)> Expressions =>
        Markers.Select((marker, i) => ($"{marker.Tense.ToString().ToLowerInvariant()}{i + 1}", marker.Expression)).ToList();

    /// <summary>Every tense marker of one sentence, marker by marker in file order, each in text order.</summary>
    public static IReadOnlyList<(TextSpan Span, Tense Tense)> Markings(string text, TextSpan sentence)
    {
        var matches = new List<(int Expression, Match Match)>();
        Scanner.Scan(text.Substring(sentence.Start, sentence.Length), matches);
        return matches
            .Select(found => (new TextSpan(sentence.Start + found.Match.Index, sentence.Start + found.Match.Index + found.Match.Length), Markers[found.Expression].Tense))
            .ToList();
    }

    /// <summary>
    /// The tense of the nearest marker before <paramref name="mention"/> in its sentence ("said on
    /// Friday", "will meet Bush on Thursday"), else of the nearest after it ("On Monday, officials
    /// said"), else None.
    /// </summary>
    public static Tense Nearest(IReadOnlyList<(TextSpan Span, Tense Tense)> markings, TextSpan mention)
    {
        (Tense Tense, int Distance) before = (Tense.None, int.MaxValue), after = (Tense.None, int.MaxValue);
        foreach (var (span, tense) in markings)
        {
            if (span.End <= mention.Start && mention.Start - span.End < before.Distance)
            {
                before = (tense, mention.Start - span.End);
            }
            else if (span.Start >= mention.End && span.Start - mention.End < after.Distance)
            {
                after = (tense, span.Start - mention.End);
            }
        }

        return before.Tense != Tense.None ? before.Tense : after.Tense;
    }
}
