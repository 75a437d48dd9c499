namespace NewsExtract.Officials;

/// <summary>
/// The words an article writes in lower case. A capitalised word that the same article also uses in
/// lower case ("Screen", "Million") is an ordinary word at a sentence start or in a title, not a name.
/// </summary>
/// <remarks>
/// Kept as 64-bit FNV-1a hashes of the words, so reading an article allocates no string per word; the hash
/// is fixed (unlike string hash codes, which change per process), so results are the same on every run.
/// </remarks>
internal sealed class ArticleVocabulary
{
    private const int MaxWordLength = 64;
    private readonly HashSet<ulong> _hashes = [];

    /// <summary>Forgets the words, keeping the room they took for the next article.</summary>
    public void Clear() => _hashes.Clear();

    public void AddLowerCaseWords(TokenView view)
    {
        for (var i = 0; i < view.Count; i++)
        {
            if (view.IsLower(i) && view.Word(i).Length <= MaxWordLength)
            {
                _hashes.Add(Hash(view.Word(i)));
            }
        }
    }

    /// <summary>True when the article also writes <paramref name="word"/> in lower case (up to a rare hash collision).</summary>
    public bool ContainsLowerForm(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || word.Length > MaxWordLength)
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return _hashes.Contains(Hash(lower));
    }

    private static ulong Hash(ReadOnlySpan<char> word)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
