using System.Text.RegularExpressions;

namespace NewsExtract.Text;

/// <summary>
/// Finds the matches of many regular expressions in one text without each scanning all of it: a
/// <see cref="PrefixIndex"/> of the strings each expression's matches begin with tells which
/// expressions to try at a position, an expression whose required literals (<see
/// cref="RegexText.RequiredLiterals"/>) do not occur at or after the position is not tried, and the
/// rest are tried there anchored (\G). An expression's tries go in text order and skip what its last
/// match covered, so it finds exactly the matches scanning the text with it would, and the work
/// grows with the text, not with text times expressions.
/// </summary>
internal sealed class PatternScanner
{
    private const int MaxPrefixLength = 5;
    private const int MaxPrefixes = 4_000;

    private readonly string[] _expressions;
    private readonly Regex?[] _anchored;
    private readonly RegexOptions _options;
    private readonly PrefixIndex _index;
    private readonly string[]?[] _required;

    [ThreadStatic]
    private static List<long>? t_tries;

    [ThreadStatic]
    private static List<int>? t_found;

    [ThreadStatic]
    private static Dictionary<string, int>? t_lastOccurrences;

    /// <param name="expressions">The expressions. None may match starting between two letters or digits
    /// (each opens with \b or "(?&lt;!\w)"), which lets the scanner skip the inside of words.</param>
    /// <param name="options">The options of every expression.</param>
    /// <param name="hints">What <see cref="Analyze"/> says of these expressions, when it was saved
    /// beforehand (the analysis is the bulk of start-up); null to analyse them now.</param>
    public PatternScanner(IReadOnlyList<string> expressions, RegexOptions options, IReadOnlyList<ScanHint>? hints = null)
    {
        _expressions = [.. expressions];
        _anchored = new Regex?[_expressions.Length];
        _options = options;
        hints ??= Analyze(_expressions);
        if (hints.Count != _expressions.Length)
        {
            throw new ArgumentException("one hint per expression", nameof(hints));
        }

        _index = new PrefixIndex(hints.Select(hint => hint.Prefixes).ToList());
        _required = hints.Select(hint => hint.Literals?.ToArray()).ToArray();
    }

    /// <summary>The prefixes and required literals of each expression (<see cref="RegexText"/>).</summary>
    public static IReadOnlyList<ScanHint> Analyze(IReadOnlyList<string> expressions)
    {
        var shared = new Dictionary<string, RegexNode>(StringComparer.Ordinal);
        var trees = expressions.Select(e => RegexSyntax.Parse(e, shared)).ToList();
        var prefixes = RegexText.Prefixes(trees, MaxPrefixLength, MaxPrefixes);
        return trees.Select((tree, i) => new ScanHint(prefixes[i], tree is null ? null : RegexText.RequiredLiterals(tree))).ToList();
    }

    /// <summary>
    /// Expression <paramref name="index"/> anchored at the position it is tried at. Built on first
    /// use: a short run builds only the expressions its text can trigger, which keeps start-up fast.
    /// </summary>
    private Regex Anchored(int index) =>
        LazyInitializer.EnsureInitialized(ref _anchored[index], () => new Regex(@"\G(?:" + _expressions[index] + ")", _options, RegexLimits.Timeout));

    /// <summary>
    /// Every match of every expression in <paramref name="input"/> (the whole input to the
    /// expressions: lookbehinds and ^ stop at its start), grouped by expression in index order, each
    /// expression's in text order.
    /// </summary>
    public void Scan(string input, List<(int Expression, Match Match)> matches, CancellationToken cancellation = default)
    {
        // Buffers kept per thread: a scan per paragraph would otherwise regrow them every time.
        var tries = t_tries ??= [];
        var found = t_found ??= [];
        var lastOccurrences = t_lastOccurrences ??= new Dictionary<string, int>(StringComparer.Ordinal);
        tries.Clear();
        lastOccurrences.Clear();
        var normalized = RegexText.Normalize(input);
        for (var position = 0; position < input.Length; position++)
        {
            if (position > 0 && IsWordCharacter(input[position - 1]) && IsWordCharacter(input[position]))
            {
                continue;
            }

            found.Clear();
            _index.Find(normalized, position, found);
            foreach (var expression in found)
            {
                tries.Add(((long)expression << 32) | (uint)position);
            }
        }

        tries.Sort();
        var current = -1;
        var resume = 0;
        var lastTried = -1;
        var lastLiteral = int.MaxValue;
        var tried = 0;
        foreach (var attempt in tries)
        {
            var expression = (int)(attempt >> 32);
            var position = (int)attempt;
            if (expression != current)
            {
                (current, resume, lastTried) = (expression, 0, -1);
                lastLiteral = _required[expression] is { } literals
                    ? LastOccurrence(normalized, literals, lastOccurrences)
                    : int.MaxValue;
            }

            // Past the last required literal no match can begin.
            if (position < resume || position == lastTried || position > lastLiteral)
            {
                continue;
            }

            lastTried = position;
            if ((++tried & 0xFF) == 0)
            {
                cancellation.ThrowIfCancellationRequested(); // one long paragraph must not outrun a time budget
            }

            var match = Anchored(expression).Match(input, position);
            if (match.Success)
            {
                resume = match.Length == 0 ? position + 1 : match.Index + match.Length;
                matches.Add((expression, match));
            }
        }
    }

    // Expressions share literals (month names, "quarter"): each is looked for once per input.
    private static int LastOccurrence(string normalized, string[] literals, Dictionary<string, int> known)
    {
        var last = -1;
        foreach (var literal in literals)
        {
            if (!known.TryGetValue(literal, out var index))
            {
                known[literal] = index = normalized.LastIndexOf(literal, StringComparison.Ordinal);
            }

            last = Math.Max(last, index);
        }

        return last;
    }

    // Letters and digits are word characters to every regex engine; treating the rest (marks,
    // connectors) as breaks only offers an expression more positions, never fewer.
    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c == '_';
}

/// <summary>What a scanner knows of one expression before trying it.</summary>
/// <param name="Prefixes">Normalised strings every match begins with one of; null: anywhere.</param>
/// <param name="Literals">Normalised literals every match contains one of; null: none known.</param>
internal sealed record ScanHint(IReadOnlyCollection<string>? Prefixes, IReadOnlyList<string>? Literals);
