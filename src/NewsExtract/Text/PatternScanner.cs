using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace NewsExtract.Text;

/// <summary>
/// Finds the matches of many regular expressions in one text without each scanning all of it: a
/// <see cref="PrefixIndex"/> of the strings each expression's matches begin with tells which
/// expressions to try at a position, an expression none of whose required literals (<see
/// cref="RegexText.RequiredLiterals"/>) lies within its longest match (<see
/// cref="RegexText.MaxLength"/>) from the position is not tried, and the rest are tried there
/// anchored (\G). An expression's tries go in text order and skip what its last match covered, so
/// it finds exactly the matches scanning the text with it would, and the work grows with the text,
/// not with text times expressions.
/// </summary>
internal sealed class PatternScanner
{
    private const int MaxPrefixLength = 8;
    private const int MaxPrefixes = 4_000;

    // An expression with more prefixes than this gets them cut shorter: the saved index and the trie
    // stay small (start-up reads and builds them: 25k prefixes cost a quarter more instructions than
    // 15k), and long prefixes are kept where they are few and selective.
    private const int KeptPrefixes = 1_000;

    private readonly string[] _expressions;
    private readonly Regex?[] _anchored;
    private readonly RegexOptions _options;
    private readonly PrefixIndex _index;

    // Per expression, its sets of required literals, the most selective first (a match holds one of
    // each; null: none known), and each set as one multi-string search, built on first use (building
    // one costs more than a small article's whole scan, and a later set is only searched where the
    // sets before it are met).
    private readonly string[][]?[] _literalSets;
    private readonly SearchValues<string>?[]?[] _literalSearches;
    private readonly int _mostLiteralSets;
    private readonly LengthBound?[] _maxLength;

    [ThreadStatic]
    private static ScanBuffers? t_buffers;

    /// <param name="expressions">The expressions. None may match starting between two letters or digits
    /// (each opens with \b or "(?&lt;!\w)"), which lets the scanner skip the inside of words.</param>
    /// <param name="options">The options of every expression.</param>
    /// <param name="saved">What <see cref="Analyze"/> says of these expressions, when it was saved
    /// beforehand (the analysis is the bulk of start-up; <see cref="ScanIndex"/>); null to analyse them now.</param>
    public PatternScanner(IReadOnlyList<string> expressions, RegexOptions options, SavedScan? saved = null)
    {
        _expressions = [.. expressions];
        _anchored = new Regex?[_expressions.Length];
        _options = options;
        var hints = saved?.Hints ?? Analyze(_expressions);
        if (hints.Count != _expressions.Length)
        {
            throw new ArgumentException("one hint per expression", nameof(saved));
        }

        _index = saved?.Index ?? IndexOf(hints);
        _literalSets = hints.Select(hint => hint.Literals is null ? null : (string[][])[[.. hint.Literals], .. (hint.MoreLiterals ?? []).Select(set => set.ToArray())]).ToArray();
        _literalSearches = _literalSets.Select(sets => sets is null ? null : new SearchValues<string>?[sets.Length]).ToArray();
        _mostLiteralSets = _literalSets.Select(sets => sets?.Length ?? 0).DefaultIfEmpty(0).Max();
        _maxLength = hints.Select(hint => hint.MaxLength).ToArray();
    }

    /// <summary>The prefixes and required literals of each expression (<see cref="RegexText"/>).</summary>
    public static IReadOnlyList<ScanHint> Analyze(IReadOnlyList<string> expressions)
    {
        var shared = new Dictionary<string, RegexNode>(StringComparer.Ordinal);
        var trees = expressions.Select(e => RegexSyntax.Parse(e, shared)).ToList();
        var prefixes = RegexText.Prefixes(trees, MaxPrefixLength, MaxPrefixes);
        return trees.Select((tree, i) => tree is null
            ? new ScanHint(null, null, null)
            : HintOf(Shortened(prefixes[i]), RegexText.RequiredLiteralSets(tree), RegexText.MaxLength(tree))).ToList();
    }

    private static ScanHint HintOf(IReadOnlyCollection<string>? prefixes, IReadOnlyList<IReadOnlyList<string>> literals, LengthBound? maxLength)
    {
        // A set that every prefix holds a literal of is met wherever the expression is tried: no use searching for.
        var useful = literals.Where(set => prefixes is null || !prefixes.All(prefix => set.Any(literal => Holds(prefix, literal)))).ToList();
        return new(prefixes, useful.Count > 0 ? useful[0] : null, maxLength, useful.Count > 1 ? [.. useful.Skip(1)] : null);
    }

    // Whether text that begins with the prefix holds the literal. A prefix sees a run of digits or of
    // white space as one character, so the literal may have one only at its ends ("april ", " 0"),
    // where one character of the run is all it needs.
    private static bool Holds(string prefix, string literal) =>
        prefix.Contains(literal, StringComparison.Ordinal) && (literal.Length < 3 || !literal.AsSpan(1, literal.Length - 2).ContainsAny(RunKeys));

    private static readonly SearchValues<char> RunKeys = SearchValues.Create([.. Enumerable.Range(0, 128).Select(c => (char)c).Where(RegexText.IsRunKey)]);

    /// <summary>The prefix index of the expressions with these hints.</summary>
    public static PrefixIndex IndexOf(IReadOnlyList<ScanHint> hints) => new(hints.Select(hint => hint.Prefixes).ToList());

    // The prefixes cut shorter until at most KeptPrefixes are left (a prefix of a prefix is still
    // one): from the longest length down, the largest groups that share a shorter start are merged
    // into it first. So hundreds that differ late ("0 - a", "0 - b", ...) become one while a few
    // long prefixes ("the past", "the previous") keep their length; cutting every prefix to one
    // length had made "the p" offer a rule at every "the people" (an eighth of the date rules' tries on BBC).
    private static IReadOnlyCollection<string>? Shortened(IReadOnlyCollection<string>? prefixes)
    {
        if (prefixes is null)
        {
            return null;
        }

        var kept = prefixes.ToHashSet(StringComparer.Ordinal);
        for (var length = MaxPrefixLength - 1; length >= 1 && kept.Count > KeptPrefixes; length--)
        {
            var groups = kept
                .Where(prefix => prefix.Length > length)
                .GroupBy(prefix => prefix[..length], StringComparer.Ordinal)
                .Select(group => (Start: group.Key, Members: group.ToList()))
                .Where(group => group.Members.Count > 1 || kept.Contains(group.Start))
                .OrderByDescending(group => group.Members.Count)
                .ThenBy(group => group.Start, StringComparer.Ordinal)
                .ToList();
            foreach (var (start, members) in groups)
            {
                if (kept.Count <= KeptPrefixes)
                {
                    break;
                }

                kept.ExceptWith(members);
                kept.Add(start);
            }
        }

        return kept;
    }

    /// <summary>Where the scanner counts its work per expression (<see cref="ScanCounters"/>); null, the default: nowhere.</summary>
    public ScanCounters? Counters { get; set; }

    /// <summary>The number of expressions.</summary>
    public int Count => _expressions.Length;

    /// <summary>
    /// Expression <paramref name="index"/> anchored at the position it is tried at. Built on first
    /// use: a short run builds only the expressions its text can trigger, which keeps start-up fast.
    /// </summary>
    private Regex Anchored(int index) => Volatile.Read(ref _anchored[index]) ?? BuildAnchored(index);

    // Apart from Anchored so that a built expression costs no closure per try.
    private Regex BuildAnchored(int index) =>
        LazyInitializer.EnsureInitialized(ref _anchored[index], () => new Regex(@"\G(?:" + _expressions[index] + ")", _options, RegexLimits.Timeout));

    /// <summary>
    /// Every match of every expression in <paramref name="input"/> (the whole input to the
    /// expressions: lookbehinds and ^ stop at its start), grouped by expression in index order, each
    /// expression's in text order.
    /// </summary>
    public void Scan(string input, List<(int Expression, Match Match)> matches, CancellationToken cancellation = default)
    {
        // Buffers kept per thread: a scan per paragraph would otherwise regrow them every time.
        var buffers = t_buffers ??= new ScanBuffers();
        var positions = buffers.Reset(_expressions.Length);
        var normalized = buffers.NormalizedBuffer(input.Length).AsSpan(0, input.Length);
        var collapsed = buffers.CollapsedBuffer(input.Length);
        var origins = buffers.OriginBuffer(input.Length);
        var edges = buffers.EdgeBuffer(input.Length);
        var runs = Normalize(input, normalized, collapsed, origins, edges, out var collapsedLength);
        var walked = collapsed.AsSpan(0, collapsedLength);
        for (var i = 0; i < collapsedLength; i++)
        {
            // No expression begins inside a word (nor, so, inside a run of digits, which the walk
            // sees as one character). Every place in a run of white space is tried, with what follows the run.
            var position = origins[i];
            if (walked[i] == ' ')
            {
                var end = i + 1 < collapsedLength ? origins[i + 1] : input.Length;
                for (var place = position; place < end; place++)
                {
                    _index.Find(walked, i, place, positions);
                }
            }
            else if (edges[i])
            {
                _index.Find(walked, i, position, positions);
            }
        }

        var tried = 0;
        var counters = Counters;
        Span<int> next = stackalloc int[_mostLiteralSets];
        for (var expression = 0; expression < _expressions.Length; expression++)
        {
            var starts = positions[expression];
            if (starts.Count == 0)
            {
                continue;
            }

            counters?.AddStarts(expression, starts.Count);

            var resume = 0;
            var maxLength = _maxLength[expression]?.In(runs) ?? long.MaxValue;
            var sets = _literalSets[expression];
            var searches = _literalSearches[expression];
            next.Fill(-1); // per set, where its next literal begins at or after the last start; -1: not looked for yet
            foreach (var position in starts)
            {
                if (position < resume)
                {
                    continue;
                }

                if (sets is not null && !EachWithin(expression, sets, searches!, normalized, next, position, position + maxLength, out var exhausted))
                {
                    if (exhausted)
                    {
                        break; // a set has no literal at or after here: no later start can match either
                    }

                    continue;
                }

                if ((++tried & 0xFF) == 0)
                {
                    cancellation.ThrowIfCancellationRequested(); // one long paragraph must not outrun a time budget
                }

                var startedAt = counters is null ? 0 : System.Diagnostics.Stopwatch.GetTimestamp();
                var match = Anchored(expression).Match(input, position);
                counters?.AddTry(expression, match.Success, startedAt);
                if (match.Success)
                {
                    resume = match.Length == 0 ? position + 1 : match.Index + match.Length;
                    matches.Add((expression, match));
                }
            }
        }
    }

    // Apart, like BuildAnchored: a lambda capturing the index would cost a closure on every call.
    private SearchValues<string> BuildLiteralSearch(int expression, int set) =>
        LazyInitializer.EnsureInitialized(ref _literalSearches[expression]![set], () => SearchValues.Create(_literalSets[expression]![set], StringComparison.Ordinal));

    // Whether a literal of each set lies whole between the position and windowEnd; exhausted when a
    // set has no literal left at or after the position. Each set's search resumes from start to
    // start (next[k]), so a long paragraph is not searched again from every start.
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // called for every start
    private bool EachWithin(int expression, string[][] sets, SearchValues<string>?[] searches, ReadOnlySpan<char> normalized, Span<int> next, int position, long windowEnd, out bool exhausted)
    {
        exhausted = false;
        for (var k = 0; k < sets.Length; k++)
        {
            var search = Volatile.Read(ref searches[k]) ?? BuildLiteralSearch(expression, k);
            if (next[k] < position)
            {
                next[k] = NextLiteral(normalized, search, position);
            }

            if (next[k] == int.MaxValue)
            {
                exhausted = true;
                return false;
            }

            if (!LiteralWithin(normalized, sets[k], search, next[k], windowEnd))
            {
                return false;
            }
        }

        return true;
    }

    // Where the first required literal begins at or after the position; int.MaxValue: nowhere.
    private static int NextLiteral(ReadOnlySpan<char> normalized, SearchValues<string> search, int position)
    {
        var found = normalized[position..].IndexOfAny(search);
        return found < 0 ? int.MaxValue : position + found;
    }

    // Whether a required literal lies whole before windowEnd (a match starting at the position must
    // hold one), given `first`, where the first of them at or after the position begins. That one may
    // run past the window; any other found inside the window lies whole in it. Searches stay within
    // the window, and the unbounded one (NextLiteral) is made once per expression and input, resumed
    // from start to start, not once per literal.
    private static bool LiteralWithin(ReadOnlySpan<char> normalized, string[] literals, SearchValues<string> search, int first, long windowEnd)
    {
        var end = (int)Math.Min(windowEnd, normalized.Length);
        if (first >= end)
        {
            return false;
        }

        foreach (var literal in literals)
        {
            if (first + literal.Length <= end && normalized[first..].StartsWith(literal, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return first + 1 < end && normalized[(first + 1)..end].IndexOfAny(search) >= 0;
    }

    // Writes the input normalised (RegexText.Normalize) into the buffer, and again with runs of digits
    // or white space as one character (RegexText.CollapseRuns) with the input position each stands
    // for, and whether a word edge is there (no letter or digit before it, or none at it: where an
    // expression may begin); returns the longest runs. Without branches on the kind of character,
    // which alternates too often to predict: every character is written to the collapsed buffer and
    // kept by moving on, and each run's length is counted up or cleared by a mask and compared with the longest.
    private static TextRuns Normalize(string input, Span<char> normalized, char[] collapsed, int[] origins, bool[] edges, out int collapsedLength)
    {
        int space = 0, number = 0, word = 0, longestSpace = 0, longestNumber = 0, longestWord = 0;
        var count = 0;
        var previous = -1;
        var text = input.AsSpan();
        normalized = normalized[..text.Length];
        var keys = collapsed.AsSpan(0, text.Length);
        var from = origins.AsSpan(0, text.Length);
        var edge = edges.AsSpan(0, text.Length);
        var afterLetter = false;

        // The tables in locals: read through the static fields, each character would pay the
        // native build's check that the class is initialised.
        var asciiKeys = AsciiKeys;
        var asciiKinds = AsciiKinds;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            char key;
            int kinds;
            bool letter;
            if (c < 128)
            {
                key = asciiKeys[c];
                kinds = asciiKinds[c];
                letter = (kinds & WordKind) != 0;
            }
            else
            {
                key = RegexText.Normalize(c);
                kinds = KindsOf(key, RegexText.IsWordCharacter(c));
                letter = IsWordCharacter(c);
            }

            normalized[i] = key;
            keys[count] = key;
            from[count] = i;
            edge[count] = !(afterLetter && letter);
            afterLetter = letter;
            count += key != previous || (kinds & RunKind) == 0 ? 1 : 0;
            previous = key;
            space = (space + 1) & -(kinds & SpaceKind);
            number = (number + 1) & -((kinds >> 1) & 1);
            word = (word + 1) & -((kinds >> 2) & 1);
            longestSpace = Math.Max(longestSpace, space);
            longestNumber = Math.Max(longestNumber, number);
            longestWord = Math.Max(longestWord, word);
        }

        collapsedLength = count;
        return new TextRuns(longestSpace, longestNumber, longestWord);
    }

    // What kinds of run a normalised key belongs to (bits: white space, number, word, collapsed run).
    private const int SpaceKind = 1;
    private const int NumberKind = 2;
    private const int WordKind = 4;
    private const int RunKind = 8;

    private static int KindsOf(char key, bool isWord) =>
        (key == ' ' ? SpaceKind : 0) | (key is '0' or ',' or '.' ? NumberKind : 0) | (isWord ? WordKind : 0) | (RegexText.IsRunKey(key) ? RunKind : 0);

    private static readonly char[] AsciiKeys = [.. Enumerable.Range(0, 128).Select(c => RegexText.Normalize((char)c))];

    private static readonly byte[] AsciiKinds = [.. Enumerable.Range(0, 128).Select(c => (byte)KindsOf(RegexText.Normalize((char)c), char.IsAsciiLetterOrDigit((char)c) || c == '_'))];

    /// <summary>What one thread's scans reuse.</summary>
    private sealed class ScanBuffers
    {
        private List<int>[] _positions = [];

        // Kept up to this size; a longer paragraph (one huge line) gets buffers of its own.
        private const int KeptLength = ReusedBuffer.KeptItems;

        private char[] _normalized = [];
        private char[] _collapsed = [];
        private int[] _origins = [];
        private bool[] _edges = [];

        /// <summary>Empties the buffers for a scan of so many expressions; returns the lists of positions to try, one per expression.</summary>
        public List<int>[] Reset(int expressions)
        {
            if (_positions.Length < expressions)
            {
                var grown = new List<int>[expressions];
                _positions.CopyTo(grown, 0);
                for (var i = _positions.Length; i < expressions; i++)
                {
                    grown[i] = [];
                }

                _positions = grown;
            }

            foreach (var list in _positions)
            {
                ReusedBuffer.Clear(list);
            }

            return _positions;
        }

        public char[] NormalizedBuffer(int length) => Buffer(ref _normalized, length);

        public char[] CollapsedBuffer(int length) => Buffer(ref _collapsed, length);

        public int[] OriginBuffer(int length) => Buffer(ref _origins, length);

        public bool[] EdgeBuffer(int length) => Buffer(ref _edges, length);

        private static T[] Buffer<T>(ref T[] kept, int length)
        {
            if (length > KeptLength)
            {
                return new T[length];
            }

            if (kept.Length < length)
            {
                kept = new T[KeptLength];
            }

            return kept;
        }
    }

    // Letters and digits are word characters to every regex engine; treating the rest (marks,
    // connectors) as breaks only offers an expression more positions, never fewer.
    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c == '_';
}

/// <summary>What a scanner knows of one expression before trying it.</summary>
/// <param name="Prefixes">Normalised strings every match begins with one of; null: anywhere.</param>
/// <param name="Literals">Normalised literals every match contains one of; null: none known.</param>
/// <param name="MaxLength">A bound on the length of a match; null: none known.</param>
/// <param name="MoreLiterals">Further sets of normalised literals every match contains one of each; null: none known.</param>
internal sealed record ScanHint(IReadOnlyCollection<string>? Prefixes, IReadOnlyList<string>? Literals, LengthBound? MaxLength,
    IReadOnlyList<IReadOnlyList<string>>? MoreLiterals = null);
