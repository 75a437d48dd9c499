namespace NewsExtract.Officials;

/// <summary>
/// The words an article writes in lower case. A capitalised word that the same article also uses in
/// lower case ("Screen", "Million") is an ordinary word at a sentence start or in a title, not a name.
/// </summary>
/// <remarks>
/// Kept as 64-bit FNV-1a hashes of the words, so reading an article allocates no string per word; the hash
/// is fixed (unlike string hash codes, which change per process), so results are the same on every run.
/// The hashes sit in an open-addressing table whose array is reused from article to article: each article
/// uses only as much of it as its word count needs, and clears only that.
/// </remarks>
internal sealed class ArticleVocabulary
{
    private const int MaxWordLength = 64;
    private const int MinTableSize = 64;

    // A zero slot is empty; the word whose hash is zero is recorded apart.
    private ulong[] _slots = new ulong[MinTableSize];
    private int _mask = MinTableSize - 1;
    private bool _hasZeroHash;

    /// <summary>Forgets the words and makes room for up to <paramref name="maxWords"/> distinct ones.</summary>
    public void Clear(int maxWords)
    {
        // At most half full, so that probes stay short.
        var size = (int)Math.Max(MinTableSize, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, maxWords) * 2));
        if (size > _slots.Length)
        {
            _slots = new ulong[size];
        }
        else
        {
            Array.Clear(_slots, 0, size);
        }

        _mask = size - 1;
        _hasZeroHash = false;
    }

    /// <summary>Adds the lower-case words of <paramref name="view"/>; the article has at most as many words as <see cref="Clear"/> was told.</summary>
    public void AddLowerCaseWords(TokenView view)
    {
        for (var i = 0; i < view.Count; i++)
        {
            if (view.IsLower(i))
            {
                var word = view.Word(i);
                if (word.Length <= MaxWordLength)
                {
                    Add(Hash(word));
                }
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
        return Contains(Hash(lower));
    }

    private void Add(ulong hash)
    {
        if (hash == 0)
        {
            _hasZeroHash = true;
            return;
        }

        var slot = Slot(hash);
        while (_slots[slot] != 0)
        {
            if (_slots[slot] == hash)
            {
                return;
            }

            slot = (slot + 1) & _mask;
        }

        _slots[slot] = hash;
    }

    private bool Contains(ulong hash)
    {
        if (hash == 0)
        {
            return _hasZeroHash;
        }

        var slot = Slot(hash);
        while (_slots[slot] != 0)
        {
            if (_slots[slot] == hash)
            {
                return true;
            }

            slot = (slot + 1) & _mask;
        }

        return false;
    }

    // The high half folded in: FNV-1a's low bits alone spread short words poorly.
    private int Slot(ulong hash) => (int)(hash ^ (hash >> 32)) & _mask;

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
