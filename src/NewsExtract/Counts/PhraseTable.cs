using NewsExtract.Text;

namespace NewsExtract.Counts;

/// <summary>
/// Multi-word phrases ("at least", "per cent", "tens of thousands") matched against tokens,
/// indexed by their first word so a lookup costs one hash probe per position.
/// </summary>
internal sealed class PhraseTable<T>
    where T : class
{
    // The phrases by their first word; most tokens start none.
    private readonly WordMap<List<(string[] Words, T Value)>> _byFirst;

    private PhraseTable(Dictionary<string, List<(string[] Words, T Value)>> byFirst) => _byFirst = new(byFirst);

    /// <summary>Loads a data file whose first field is the phrase; rows whose value is null are left out.</summary>
    public static PhraseTable<T> Load(string fileName, Func<string[], T?> value)
    {
        var byFirst = new Dictionary<string, List<(string[], T)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in DataFile.Rows(fileName))
        {
            if (value(row) is not { } v)
            {
                continue;
            }

            var words = row[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!byFirst.TryGetValue(words[0], out var list))
            {
                byFirst[words[0]] = list = [];
            }

            list.Add((words, v));
        }

        foreach (var list in byFirst.Values)
        {
            // Longest first, so the first match is the longest.
            list.Sort((a, b) => b.Item1.Length.CompareTo(a.Item1.Length));
        }

        return new PhraseTable<T>(byFirst);
    }

    /// <summary>The value of the one-word phrase <paramref name="word"/> (for suffixes glued to a number: "5km").</summary>
    public bool TryWord(ReadOnlySpan<char> word, out T? value)
    {
        value = null;
        if (!_byFirst.TryGet(word, out var list))
        {
            return false;
        }

        foreach (var (words, v) in list)
        {
            if (words.Length == 1)
            {
                value = v;
                return true;
            }
        }

        return false;
    }

    /// <summary>The longest phrase starting at token <paramref name="start"/>: its value and last token, or null.</summary>
    public (T Value, int Last)? MatchAt(string text, List<CountToken> tokens, int start)
    {
        if (start < 0 || start >= tokens.Count || !_byFirst.TryGet(Slice(text, tokens[start]), out var list))
        {
            return null;
        }

        foreach (var (words, value) in list)
        {
            if (Matches(text, tokens, start, words))
            {
                return (value, start + words.Length - 1);
            }
        }

        return null;
    }

    /// <summary>The longest phrase (up to <paramref name="maxWords"/>) ending at token <paramref name="last"/>: its value and first token.</summary>
    public (T Value, int First)? MatchEndingAt(string text, List<CountToken> tokens, int last, int maxWords = 4)
    {
        for (var length = Math.Min(maxWords, last + 1); length >= 1; length--)
        {
            var start = last - length + 1;
            if (!_byFirst.TryGet(Slice(text, tokens[start]), out var list))
            {
                continue;
            }

            foreach (var (words, value) in list)
            {
                if (words.Length == length && Matches(text, tokens, start, words))
                {
                    return (value, start);
                }
            }
        }

        return null;
    }

    private static bool Matches(string text, List<CountToken> tokens, int start, string[] words)
    {
        if (start + words.Length > tokens.Count)
        {
            return false;
        }

        // The first word is the key the list was found by: it matches already.
        for (var w = 1; w < words.Length; w++)
        {
            if (!Slice(text, tokens[start + w]).Equals(words[w], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static ReadOnlySpan<char> Slice(string text, CountToken token) => text.AsSpan(token.Start, token.End - token.Start);
}
