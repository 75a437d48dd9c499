namespace NewsExtract.Officials;

/// <summary>
/// The words an article writes in lower case. A capitalised word that the same article also uses in
/// lower case ("Screen", "Million") is an ordinary word at a sentence start or in a title, not a name.
/// </summary>
/// <remarks>
/// Kept as fixed 64-bit hashes of the words, so reading an article allocates no string per word; the hash
/// is fixed (unlike string hash codes, which change per process), so results are the same on every run.
/// The hashes sit in an open-addressing table whose array is reused from article to article: each article
/// uses only as much of it as its size needs, and clears only that.
/// </remarks>
internal sealed class ArticleVocabulary
{
    private const int MaxWordLength = 64;
    private const int MinTableSize = 64;

    // Past this (an article of several megabytes), the arrays are not kept for the next article.
    private const int MaxKeptTableSize = 1 << 20;

    // A zero slot is empty; the word whose hash is zero is recorded apart.
    private ulong[] _slots = new ulong[MinTableSize];
    private ulong[] _rehash = [];
    private int _size = MinTableSize;
    private int _count;
    private bool _hasZeroHash;

    // The short words an article repeats most ("the", "of", "said"), each as its ShortKey in a slot picked by a few
    // bits of it: a word met again is known to be recorded before it is hashed. Cleared with the table.
    private readonly ulong[] _recent = new ulong[256];

    /// <summary>Forgets the words and makes room for about <paramref name="expectedWords"/> distinct ones (more still fit).</summary>
    public void Clear(int expectedWords)
    {
        // At most half full, so that probes stay short.
        _size = (int)Math.Max(MinTableSize, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, expectedWords) * 2));
        if (_size > _slots.Length || (_slots.Length > MaxKeptTableSize && _size <= MaxKeptTableSize))
        {
            _slots = new ulong[_size];
            _rehash = [];
        }
        else
        {
            Array.Clear(_slots, 0, _size);
        }

        _count = 0;
        _hasZeroHash = false;
        Array.Clear(_recent);
    }

    /// <summary>Records a word the article writes in lower case.</summary>
    public void AddLowerCaseWord(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxWordLength)
        {
            return;
        }

        var key = ShortKey(word);
        if (key != 0)
        {
            ref var recent = ref _recent[(int)((key * 0x9E3779B97F4A7C15UL) >> 56)];
            if (recent == key)
            {
                return;
            }

            recent = key;
        }

        var hash = Hash(word);
        if (hash == 0)
        {
            _hasZeroHash = true;
            return;
        }

        if (Insert(_slots, _size - 1, hash) && ++_count * 2 > _size)
        {
            Grow();
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
        var hash = Hash(lower);
        if (hash == 0)
        {
            return _hasZeroHash;
        }

        var mask = _size - 1;
        var slot = Slot(hash, mask);
        while (_slots[slot] != 0)
        {
            if (_slots[slot] == hash)
            {
                return true;
            }

            slot = (slot + 1) & mask;
        }

        return false;
    }

    // True when the hash was not there yet.
    private static bool Insert(ulong[] slots, int mask, ulong hash)
    {
        var slot = Slot(hash, mask);
        while (slots[slot] != 0)
        {
            if (slots[slot] == hash)
            {
                return false;
            }

            slot = (slot + 1) & mask;
        }

        slots[slot] = hash;
        return true;
    }

    private void Grow()
    {
        var old = _size;
        if (_rehash.Length < old)
        {
            _rehash = new ulong[_slots.Length];
        }

        Array.Copy(_slots, _rehash, old);
        _size = old * 2;
        if (_size > _slots.Length)
        {
            _slots = new ulong[_size];
        }
        else
        {
            Array.Clear(_slots, 0, _size);
        }

        for (var i = 0; i < old; i++)
        {
            if (_rehash[i] != 0)
            {
                Insert(_slots, _size - 1, _rehash[i]);
            }
        }
    }

    // One to four ASCII characters and the length in one number, which no other word has; 0 for any other word.
    private static ulong ShortKey(ReadOnlySpan<char> word)
    {
        if (word.Length > 4)
        {
            return 0;
        }

        var key = 0UL;
        for (var i = 0; i < word.Length; i++)
        {
            key |= (ulong)word[i] << (16 * i);
        }

        // ASCII leaves bits 7 to 15 of each character clear: the length goes into the last one's.
        return (key & 0xFF80FF80FF80FF80UL) == 0 ? key | ((ulong)word.Length << 60) : 0;
    }

    // The high half folded in, so that the slot depends on the whole hash.
    private static int Slot(ulong hash, int mask) => (int)(hash ^ (hash >> 32)) & mask;

    // Four characters at a time, each block multiplied in and folded, then a final mix.
    private static ulong Hash(ReadOnlySpan<char> word)
    {
        var hash = 0x9E3779B97F4A7C15UL ^ (ulong)word.Length;
        var blocks = System.Runtime.InteropServices.MemoryMarshal.Cast<char, ulong>(word);
        foreach (var block in blocks)
        {
            hash = (hash ^ block) * 0xFF51AFD7ED558CCDUL;
            hash ^= hash >> 32;
        }

        foreach (var c in word[(blocks.Length * 4)..])
        {
            hash = (hash ^ c) * 0x100000001B3UL;
        }

        hash ^= hash >> 29;
        hash *= 0xBF58476D1CE4E5B9UL;
        return hash ^ (hash >> 32);
    }
}
