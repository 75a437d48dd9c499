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
        .Select(row => (Enum.Parse<Tense>(row[0], ignoreCase: true), WordAlternation.FactorWordGroups(row[1], @"\s+")))
        .ToArray();

    /// <summary>Finds the markers of one sentence (see <see cref="PatternScanner"/>).</summary>
    public static PatternScanner Scanner { get; } = new(Markers.Select(marker => marker.Expression).ToList(),
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, ScanIndex.Load(IndexFile, Expressions));

    /// <summary>The file of saved scan hints for the markers (<see cref="ScanIndex"/>).</summary>
    public const string IndexFile = "dates_tense_index.txt";

    /// <summary>Each marker's id (its tense and line) and expression.</summary>
    public static IReadOnlyList<(string Id, string Expression)> Expressions =>
        Markers.Select((marker, i) => ($"{marker.Tense.ToString().ToLowerInvariant()}{i + 1}", marker.Expression)).ToList();

    /// <summary>Every tense marker of one sentence, ready to be asked which is nearest a date.</summary>
    public static TenseMarks Markings(string text, TextSpan sentence)
    {
        var matches = new List<(int Expression, Match Match)>();
        Scanner.Scan(text.Substring(sentence.Start, sentence.Length), matches);
        var markings = new (TextSpan Span, Tense Tense)[matches.Count];
        for (var i = 0; i < markings.Length; i++)
        {
            var (expression, match) = matches[i];
            markings[i] = (new TextSpan(sentence.Start + match.Index, sentence.Start + match.Index + match.Length), Markers[expression].Tense);
        }

        return new TenseMarks(markings);
    }
}

/// <summary>
/// The tense markers of one sentence, sorted so that the nearest to a date is found by binary search:
/// a sentence with a million markers (one long line) costs a logarithm per date, not a million.
/// </summary>
internal sealed class TenseMarks
{
    // Each marker's edge, its place in the list the markers were found in (the tie-break: the first
    // of equally near markers wins), and its tense; sorted by edge, then place.
    private readonly (int Edge, int Order, Tense Tense)[] _byEnd;
    private readonly (int Edge, int Order, Tense Tense)[] _byStart;

    /// <param name="markings">The markers, marker by marker in file order, each in text order.</param>
    public TenseMarks(IReadOnlyList<(TextSpan Span, Tense Tense)> markings)
    {
        _byEnd = new (int, int, Tense)[markings.Count];
        _byStart = new (int, int, Tense)[markings.Count];
        for (var i = 0; i < markings.Count; i++)
        {
            _byEnd[i] = (markings[i].Span.End, i, markings[i].Tense);
            _byStart[i] = (markings[i].Span.Start, i, markings[i].Tense);
        }

        // Places are unique, so edge then place is a total order: no sort can tell two entries apart.
        Array.Sort(_byEnd, ByEdgeThenPlace);
        Array.Sort(_byStart, ByEdgeThenPlace);
    }

    private static readonly Comparison<(int Edge, int Order, Tense Tense)> ByEdgeThenPlace =
        static (a, b) => a.Edge != b.Edge ? a.Edge.CompareTo(b.Edge) : a.Order.CompareTo(b.Order);

    /// <summary>
    /// The tense of the nearest marker before <paramref name="mention"/> in its sentence ("said on
    /// Friday", "will meet Bush on Thursday"), else of the nearest after it ("On Monday, officials
    /// said"), else None.
    /// </summary>
    public Tense Nearest(TextSpan mention)
    {
        // Before: the markers ending at the latest edge not past the date's start, the first of them.
        var afterLast = FirstAbove(_byEnd, mention.Start);
        if (afterLast > 0)
        {
            var edge = _byEnd[afterLast - 1].Edge;
            return _byEnd[FirstAbove(_byEnd, edge - 1)].Tense;
        }

        // After: the markers starting at the earliest edge not before the date's end, the first of them.
        var first = FirstAbove(_byStart, mention.End - 1);
        return first < _byStart.Length ? _byStart[first].Tense : Tense.None;
    }

    // The index of the first entry whose edge is above value (the length when none is).
    private static int FirstAbove((int Edge, int Order, Tense Tense)[] sorted, int value)
    {
        var (low, high) = (0, sorted.Length);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (sorted[middle].Edge <= value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
