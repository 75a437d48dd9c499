namespace NewsExtract.Text;

/// <summary>A set of words looked up by span, without allocating.</summary>
internal sealed class WordSet(HashSet<string> words)
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();

    // Most words of a text are in no list: their shape rules them out before any hashing.
    private readonly WordShapeFilter _filter = WordShapeFilter.Of(words, words.Comparer);

    public bool Contains(ReadOnlySpan<char> word) => _filter.MayContain(word) && _lookup.Contains(word);
}

/// <summary>A map from words to values looked up by span, without allocating.</summary>
internal sealed class WordMap<T>(Dictionary<string, T> map)
{
    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup = map.GetAlternateLookup<ReadOnlySpan<char>>();

    // As in WordSet: the shape of most words rules them out before any hashing.
    private readonly WordShapeFilter _filter = WordShapeFilter.Of(map.Keys, map.Comparer);

    /// <summary>A map of a data file's first field (ignoring case) to a value made from its row; the first row of a word wins.</summary>
    public static WordMap<T> Load(string fileName, Func<string[], T> value)
    {
        var map = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in DataFile.Rows(fileName))
        {
            map.TryAdd(row[0], value(row));
        }

        return new WordMap<T>(map);
    }

    /// <summary>The value of <paramref name="word"/>; false (and the default value) when it is not in the map.</summary>
    public bool TryGet(ReadOnlySpan<char> word, out T value)
    {
        if (!_filter.MayContain(word))
        {
            value = default!;
            return false;
        }

        return _lookup.TryGetValue(word, out value!);
    }
}
