using System.Globalization;
using System.Runtime.CompilerServices;

namespace NewsExtract.Text;

/// <summary>
/// What the text of a regular expression tells about the text it can match, so a scanner can skip
/// places where it cannot: the short strings every match begins with, and literals one of which
/// every match contains. Strings are compared after <see cref="Normalize(char)"/>, which folds
/// case, every digit to '0' and every white space to ' ', so the answers hold for case-insensitive
/// expressions too. Every answer only ever widens: where the analysis is unsure it says "anything".
/// </summary>
internal static class RegexText
{
    // Larger sets of exact strings are given up on (a product of word lists grows fast).
    private const int MaxExact = 64;
    private const int MaxRequired = 256;

    /// <summary>The key a text character is compared by.</summary>
    public static char Normalize(char c)
    {
        if (char.IsAscii(c))
        {
            return c switch
            {
                >= 'A' and <= 'Z' => (char)(c + 32),
                >= '0' and <= '9' => '0',
                ' ' or '\t' or '\n' or '\v' or '\f' or '\r' => ' ',
                _ => c,
            };
        }

        if (char.IsWhiteSpace(c))
        {
            return ' ';
        }

        if (char.IsDigit(c))
        {
            return '0';
        }

        // Upper then lower: characters that case-insensitive regex treats as one ("k" and the Kelvin
        // sign, "å" and the Angstrom sign) meet on one key; merging a few more only widens.
        return char.ToLowerInvariant(char.ToUpperInvariant(c));
    }

    /// <summary><paramref name="text"/> with every character normalised.</summary>
    public static string Normalize(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = Normalize(source[i]);
        }
    });

    /// <summary>
    /// <paramref name="normalized"/> with each run of digits ('0' once normalised) as one '0' and each
    /// run of white space as one ' ': the form prefixes are in, so "0 yea" covers "3 years" and
    /// "1,500  years" alike.
    /// </summary>
    public static string CollapseRuns(string normalized)
    {
        var collapsed = new System.Text.StringBuilder(normalized.Length);
        foreach (var key in normalized)
        {
            if (!IsRunKey(key) || collapsed.Length == 0 || collapsed[^1] != key)
            {
                collapsed.Append(key);
            }
        }

        return collapsed.ToString();
    }

    /// <summary>Whether a run of this normalised key counts as one (<see cref="CollapseRuns"/>).</summary>
    public static bool IsRunKey(char key) => key is '0' or ' ';

    /// <summary>
    /// The normalised prefixes, with runs collapsed (<see cref="CollapseRuns"/>), each at most
    /// <paramref name="maxLength"/> long, of which every match of <paramref name="pattern"/> begins with one; null when a match may begin anywhere or the
    /// pattern is not understood. When the set would grow past <paramref name="maxCount"/>, shorter
    /// prefixes are tried.
    /// </summary>
    public static IReadOnlyCollection<string>? Prefixes(string pattern, int maxLength, int maxCount) =>
        Prefixes([RegexSyntax.Parse(pattern)], maxLength, maxCount)[0];

    /// <summary>
    /// The prefixes of many parsed expressions (null entries stay null). Building blocks the trees
    /// share (<see cref="RegexSyntax.Parse"/>) are analysed once.
    /// </summary>
    public static IReadOnlyList<IReadOnlyCollection<string>?> Prefixes(IReadOnlyList<RegexNode?> trees, int maxLength, int maxCount)
    {
        var analyses = new Dictionary<int, PrefixAnalysis>();
        var result = new IReadOnlyCollection<string>?[trees.Count];
        for (var i = 0; i < trees.Count; i++)
        {
            if (trees[i] is not { } tree)
            {
                continue;
            }

            for (var length = maxLength; length >= 1; length--)
            {
                try
                {
                    if (!analyses.TryGetValue(length, out var analysis))
                    {
                        analyses[length] = analysis = new PrefixAnalysis(length, maxCount);
                    }

                    var prefixes = analysis.Of(tree);
                    result[i] = prefixes.Any(p => p.Text.Length == 0) ? null : prefixes.Select(p => p.Text).ToHashSet(StringComparer.Ordinal);
                    break;
                }
                catch (PrefixAnalysis.TooManyException)
                {
                    // Shorter prefixes are fewer.
                }
            }
        }

        return result;
    }

    /// <summary>
    /// Normalised literals of which every match of <paramref name="pattern"/> contains at least one,
    /// the most selective set found (its weakest literal the strongest: see Strength); null when none is known.
    /// Lookarounds are not searched: their text lies outside the match.
    /// </summary>
    public static IReadOnlyList<string>? RequiredLiterals(string pattern) =>
        RegexSyntax.Parse(pattern) is { } tree ? RequiredLiterals(tree) : null;

    /// <summary>The required literals of a parsed expression (see the overload on text).</summary>
    public static IReadOnlyList<string>? RequiredLiterals(RegexNode tree) =>
        RequiredLiteralSets(tree) is [var best, ..] ? best : null;

    /// <summary>
    /// Sets of literals each of which every match contains one of, the most selective first (see
    /// <see cref="RequiredLiterals(RegexNode)"/>), at most three, none implied by one
    /// before it: "3 years old" needs " year" and " old" both. Empty when none is known.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> RequiredLiteralSets(RegexNode tree)
    {
        var facts = Literals(tree);
        return Ranked([facts.Exact, .. SetsOf(facts)]).Select(set => (IReadOnlyList<string>)[.. set.Order(StringComparer.Ordinal)]).ToList();
    }

    // How many sets of required literals RequiredLiteralSets gives at most.
    private const int MaxSets = 3;

    // A further set is searched for over the whole reach of a match: one with short literals is met
    // too often to pay for that.
    private const int MinMoreStrength = 4;

    /// <summary>
    /// A bound on the length of every match of <paramref name="tree"/>, in terms of the longest runs
    /// of the text it is matched in (<see cref="TextRuns"/>); null when none is known (a repeat
    /// without end of characters of several kinds, or of any character).
    /// </summary>
    public static LengthBound? MaxLength(RegexNode tree) => Bounds.GetValue(tree, MaxLengthOf).Value;

    /// <summary>True for every character \w matches (and a few more): letters, marks, digits, connectors.</summary>
    public static bool IsWordCharacter(char c)
    {
        if (char.IsAscii(c))
        {
            return char.IsAsciiLetterOrDigit(c) || c == '_';
        }

        return char.IsLetterOrDigit(c) || c is '\u200c' or '\u200d' || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.ConnectorPunctuation
            or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
    }

    // The kinds of run a repeat without end can be bounded by, from the narrowest.
    [Flags]
    private enum Kinds
    {
        None = 0,
        Space = 1,
        Digit = 2,
        NumberMark = 4, // ',' and '.', inside numbers
        Word = 8,
        Other = 16,
    }

    private sealed record Bound(LengthBound? Value);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<RegexNode, Bound> Bounds = [];

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<RegexNode, StrongBox<Kinds>> KnownKinds = [];

    // Beyond this a bound is no use to a scanner; it is given up rather than risk overflow.
    private const int MaxBound = 100_000;

    private static Bound MaxLengthOf(RegexNode node)
    {
        LengthBound? bound = node switch
        {
            TextNode text => new(text.Text.Length, 0, 0, 0),
            CharNode => new(1, 0, 0, 0),
            SequenceNode sequence => sequence.Items.Aggregate((LengthBound?)new LengthBound(0, 0, 0, 0),
                (sum, item) => sum is { } a && MaxLength(item) is { } b ? a + b : null),
            AlternationNode alternation => alternation.Branches.Aggregate((LengthBound?)new LengthBound(0, 0, 0, 0),
                (max, branch) => max is { } a && MaxLength(branch) is { } b ? LengthBound.Max(a, b) : null),
            RepeatNode { Max: < int.MaxValue } repeat => MaxLength(repeat.Item) is { } item ? item * repeat.Max : null,
            RepeatNode repeat => KindsOf(repeat.Item) switch
            {
                Kinds.None => new LengthBound(0, 0, 0, 0),
                var kinds when (kinds & ~Kinds.Space) == 0 => new LengthBound(0, 1, 0, 0),
                var kinds when (kinds & ~(Kinds.Digit | Kinds.NumberMark)) == 0 => new LengthBound(0, 0, 1, 0),
                var kinds when (kinds & ~(Kinds.Digit | Kinds.Word)) == 0 => new LengthBound(0, 0, 0, 1),
                _ => null,
            },
            _ => null,
        };
        return new(bound is { } b && b.Constant <= MaxBound && b.Space <= MaxBound && b.Number <= MaxBound && b.Word <= MaxBound ? b : null);
    }

    private static Kinds KindsOf(RegexNode node) => KnownKinds.GetValue(node, n => new StrongBox<Kinds>(n switch
    {
        TextNode text => text.Text.Aggregate(Kinds.None, (kinds, key) => kinds | KindOf(key)),
        CharNode { Keys: { } keys } => keys.Aggregate(Kinds.None, (kinds, key) => kinds | KindOf(key)),
        CharNode { WordOnly: true } => Kinds.Word | Kinds.Digit,
        CharNode => Kinds.Other,
        SequenceNode sequence => sequence.Items.Aggregate(Kinds.None, (kinds, item) => kinds | KindsOf(item)),
        AlternationNode alternation => alternation.Branches.Aggregate(Kinds.None, (kinds, branch) => kinds | KindsOf(branch)),
        RepeatNode repeat => repeat.Max == 0 ? Kinds.None : KindsOf(repeat.Item),
        _ => Kinds.Other,
    })).Value;

    // Keys are normalised: every white space is ' ' and every digit '0'.
    private static Kinds KindOf(char key) => key switch
    {
        ' ' => Kinds.Space,
        '0' => Kinds.Digit,
        ',' or '.' => Kinds.NumberMark,
        _ when IsWordCharacter(key) => Kinds.Word,
        _ => Kinds.Other,
    };

    // Exact: the strings the node matches, when few; Required: a set one of which every match
    // contains; Starts and Ends: sets one of which every match begins (ends) with, so that a literal
    // can run across the edge of two items: the " day" of "3 days", where "day" alone also stands in
    // "today", or the "week" of "w(?:eek|orking)" (a word list written as a trie).
    // Sets: the best few requirements of a sequence, each met by every match (Required is the first).
    private sealed record LiteralFacts(HashSet<string>? Exact, HashSet<string>? Required, HashSet<string>? Starts = null, HashSet<string>? Ends = null,
        IReadOnlyList<HashSet<string>>? Sets = null);

    // Shared building blocks are one node: remembered, they are analysed once.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<RegexNode, LiteralFacts> KnownLiterals = [];

    private static LiteralFacts Literals(RegexNode node) => KnownLiterals.GetValue(node, LiteralsOf);

    private static LiteralFacts LiteralsOf(RegexNode node)
    {
        switch (node)
        {
            case TextNode text:
                return Exactly(new HashSet<string>(StringComparer.Ordinal) { text.Text });
            case CharNode { Keys: { } keys }:
                return Exactly(keys.Select(k => k.ToString()).ToHashSet(StringComparer.Ordinal));
            case CharNode:
                return new(null, null);
            case AlternationNode alternation:
            {
                var branches = alternation.Branches.Select(Literals).ToList();
                HashSet<string>? exact = branches.All(b => b.Exact is not null) ? Union(branches.Select(b => b.Exact!)) : null;
                if (exact is { Count: > MaxExact })
                {
                    exact = null;
                }

                var required = branches.Select(b => Best(b.Required, b.Exact)).ToList();
                return new(exact, required.All(r => r is not null) ? Capped(Union(required!)) : null,
                    UnionOfAll(branches.Select(b => b.Starts)), UnionOfAll(branches.Select(b => b.Ends)));
            }

            case RepeatNode repeat:
            {
                var item = Literals(repeat.Item);
                if (repeat.Min == 0)
                {
                    // "x?" of exact x is exact; anything optional requires nothing.
                    return repeat.Max == 1 && item.Exact is { } optional ? new(Capped(Union([optional, [string.Empty]])), null) : new(null, null);
                }

                return new(repeat.Min == 1 && repeat.Max == 1 ? item.Exact : null, Best(item.Required, item.Exact), item.Starts, item.Ends,
                    item.Sets is null ? null : Ranked([item.Exact, .. item.Sets]));
            }

            case SequenceNode sequence:
            {
                // Runs of exact items multiply into longer exact strings; a run ends where an item is
                // not exact or the product grows too large, and each run is a requirement. Where an
                // item is not exact, what the items before it end with, followed by what it begins
                // with, is one more.
                HashSet<string>? exact = [string.Empty];
                var whole = true;
                var candidates = new List<HashSet<string>?>();
                HashSet<string>? tail = [string.Empty];
                HashSet<string>? head = [string.Empty];
                HashSet<string>? starts = null;
                foreach (var item in sequence.Items.Select(Literals))
                {
                    candidates.AddRange(SetsOf(item));
                    if (item.Exact is not null)
                    {
                        tail = Joined(tail, item.Exact) ?? item.Exact;
                        head = starts is null ? Joined(head, item.Exact) : head;
                    }
                    else
                    {
                        candidates.Add(item.Starts is null ? tail : Joined(tail, item.Starts) ?? Best(tail, item.Starts));
                        starts ??= item.Starts is null ? head : Joined(head, item.Starts) ?? head;
                        tail = item.Ends;
                    }

                    if (exact is not null && item.Exact is not null && (long)exact.Count * item.Exact.Count <= MaxExact)
                    {
                        exact = exact.SelectMany(h => item.Exact.Select(t => h + t)).ToHashSet(StringComparer.Ordinal);
                        continue;
                    }

                    whole = false;
                    candidates.Add(exact);
                    exact = item.Exact;
                }

                candidates.Add(exact);
                candidates.Add(tail);
                var sets = Ranked(candidates);
                return new(whole ? exact : null, sets.Count > 0 ? sets[0] : null, Useful(starts ?? head), Useful(tail), sets);
            }

            default:
                return new(null, null);
        }
    }

    private static IEnumerable<HashSet<string>?> SetsOf(LiteralFacts facts) => (IEnumerable<HashSet<string>?>?)facts.Sets ?? [facts.Required];

    // An exact set also begins and ends every match.
    private static LiteralFacts Exactly(HashSet<string> exact) => new(exact, null, exact, exact);

    // Each string of the first set followed by each of the second; null when either is unknown or
    // there would be more than MaxRequired.
    private static HashSet<string>? Joined(HashSet<string>? first, HashSet<string>? second) =>
        first is null || second is null || (long)first.Count * second.Count > MaxRequired
            ? null
            : first.SelectMany(h => second.Select(t => h + t)).ToHashSet(StringComparer.Ordinal);

    // The union when every set is known, not too large and holds no empty string.
    private static HashSet<string>? UnionOfAll(IEnumerable<HashSet<string>?> sets)
    {
        var union = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in sets)
        {
            if (Useful(set) is not { } useful)
            {
                return null;
            }

            union.UnionWith(useful);
        }

        return Capped(union);
    }

    // The useful sets best first (as Best orders two; the earlier of equals first), at most MaxSets,
    // leaving out a set that one kept before implies: every literal of the kept one contains one of it.
    private static List<HashSet<string>> Ranked(IEnumerable<HashSet<string>?> sets)
    {
        var ranked = new List<HashSet<string>>();
        var candidates = sets.Select(Useful).OfType<HashSet<string>>().Select((set, order) => (Set: set, Weakest: set.Min(Strength), Order: order));
        foreach (var (set, weakest, _) in candidates.OrderByDescending(c => c.Weakest).ThenBy(c => c.Set.Count).ThenBy(c => c.Order))
        {
            var implied = ranked.Any(kept => kept.All(literal => set.Any(weaker => literal.Contains(weaker, StringComparison.Ordinal))));
            if (ranked.Count < MaxSets && (ranked.Count == 0 || weakest >= MinMoreStrength) && !implied)
            {
                ranked.Add(set);
            }
        }

        return ranked;
    }

    // The more selective of two requirement sets: the one whose weakest literal is stronger, then the
    // smaller; a set holding the empty string requires nothing.
    private static HashSet<string>? Best(HashSet<string>? a, HashSet<string>? b)
    {
        a = Useful(a);
        b = Useful(b);
        if (a is null || b is null)
        {
            return a ?? b;
        }

        var (weakestA, weakestB) = (a.Min(Strength), b.Min(Strength));
        return weakestA != weakestB ? (weakestA > weakestB ? a : b) : (a.Count <= b.Count ? a : b);
    }

    // Longer literals are rarer, and digits are rarer in prose than letters ("00s" beats "the").
    private static int Strength(string literal) => literal.Length + (literal.Contains('0') ? 3 : 0);

    private static HashSet<string>? Useful(HashSet<string>? set) => set is null || set.Count == 0 || set.Contains(string.Empty) ? null : set;

    private static HashSet<string> Union(IEnumerable<HashSet<string>> sets)
    {
        var union = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in sets)
        {
            union.UnionWith(set);
        }

        return union;
    }

    private static HashSet<string>? Capped(HashSet<string> set) => set.Count > MaxRequired ? null : set;

    // A prefix that is still Open may be extended by what follows in the pattern; a closed one was
    // cut (at the length limit or at a character the analysis does not follow).
    private readonly record struct Prefix(string Text, bool Open);

    private sealed class PrefixAnalysis(int maxLength, int maxCount)
    {
        private static readonly HashSet<Prefix> Empty = [new(string.Empty, true)];
        private readonly Dictionary<RegexNode, HashSet<Prefix>> _known = new(ReferenceEqualityComparer.Instance);

        // Results are shared between the trees that hold a node, and never changed once made.
        public HashSet<Prefix> Of(RegexNode node)
        {
            if (!_known.TryGetValue(node, out var prefixes))
            {
                _known[node] = prefixes = Compute(node);
            }

            return prefixes;
        }

        private HashSet<Prefix> Compute(RegexNode node) => node switch
        {
            TextNode text => [Cut(CollapseRuns(text.Text), true)],
            CharNode { Keys: { } keys } => keys.Select(k => new Prefix(k.ToString(), true)).ToHashSet(),
            CharNode => [new(string.Empty, false)],
            SequenceNode sequence => sequence.Items.Aggregate(Empty, (prefixes, item) => Concat(prefixes, Of(item))),
            AlternationNode alternation => alternation.Branches.Select(Of).Aggregate(new HashSet<Prefix>(), Union),
            RepeatNode repeat => Repeat(Of(repeat.Item), repeat.Min, repeat.Max),
            _ => throw new InvalidOperationException("unknown regex node"),
        };

        private HashSet<Prefix> Repeat(HashSet<Prefix> item, int min, int max)
        {
            var result = Empty;
            for (var i = 0; i < Math.Min(min, maxLength + 1); i++)
            {
                result = Concat(result, item);
            }

            var frontier = result;
            for (var extra = 0; extra < max - min && extra <= maxLength; extra++)
            {
                var added = Concat(frontier, item).Where(p => !result.Contains(p)).ToHashSet();
                if (added.Count == 0)
                {
                    break;
                }

                result = Union(result, added);
                frontier = added;
            }

            return result;
        }

        private HashSet<Prefix> Concat(HashSet<Prefix> left, HashSet<Prefix> right)
        {
            if (ReferenceEquals(left, Empty))
            {
                return right;
            }

            var result = new HashSet<Prefix>();
            foreach (var head in left)
            {
                if (!head.Open)
                {
                    Add(result, head);
                    continue;
                }

                foreach (var tail in right)
                {
                    // Runs of digits or white space are one character (see CollapseRuns).
                    var merge = head.Text.Length > 0 && tail.Text.Length > 0 && IsRunKey(tail.Text[0]) && head.Text[^1] == tail.Text[0];
                    Add(result, Cut(head.Text + (merge ? tail.Text[1..] : tail.Text), tail.Open));
                }
            }

            return result;
        }

        private Prefix Cut(string text, bool open) => text.Length >= maxLength ? new Prefix(text[..maxLength], false) : new Prefix(text, open);

        private HashSet<Prefix> Union(HashSet<Prefix> left, HashSet<Prefix> right)
        {
            var result = new HashSet<Prefix>(left);
            foreach (var prefix in right)
            {
                Add(result, prefix);
            }

            return result;
        }

        private void Add(HashSet<Prefix> set, Prefix prefix)
        {
            set.Add(prefix);
            if (set.Count > maxCount)
            {
                throw new TooManyException();
            }
        }

        public sealed class TooManyException : Exception;
    }
}
