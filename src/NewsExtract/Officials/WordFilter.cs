namespace NewsExtract.Officials;

/// <summary>
/// A bit per (length, first two and last characters) of the words of one word list: a few instructions tell
/// that a word is certainly not in the list, before the hash lookup, which most words of an article would fail.
/// </summary>
/// <remarks>
/// For a list compared ignoring case, the characters are read in upper case; a word whose characters read
/// here are not all ASCII always passes, so that the lookup decides whatever its comparer makes of case.
/// </remarks>
internal sealed class WordFilter
{
    private const int BitCountLog2 = 14;

    private readonly ulong[] _bits = new ulong[(1 << BitCountLog2) / 64];
    private readonly bool _ignoreCase;

    public WordFilter(IEnumerable<string> words, bool ignoreCase)
    {
        _ignoreCase = ignoreCase;
        foreach (var word in words)
        {
            if (word.Length == 0)
            {
                continue;
            }

            var bit = Bit(Fold(word[0]), Fold(word[Math.Min(1, word.Length - 1)]), Fold(word[^1]), word.Length);
            _bits[bit >> 6] |= 1UL << bit;
        }
    }

    /// <summary>False only when <paramref name="word"/> is certainly not in the list.</summary>
    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (word.Length == 0)
        {
            return true;
        }

        var (first, second, last) = (word[0], word[Math.Min(1, word.Length - 1)], word[^1]);
        if (_ignoreCase)
        {
            if ((first | second | last) > 0x7F)
            {
                return true;
            }

            (first, second, last) = (AsciiUpper(first), AsciiUpper(second), AsciiUpper(last));
        }

        var bit = Bit(first, second, last, word.Length);
        return (_bits[bit >> 6] & (1UL << bit)) != 0;
    }

    /// <summary>A filter for the keys of a set or map, ignoring case when its comparer does.</summary>
    public static WordFilter Of(IEnumerable<string> keys, IEqualityComparer<string> comparer) => new(keys, ignoreCase: comparer.Equals("A", "a"));

    private char Fold(char c) => _ignoreCase ? char.ToUpperInvariant(c) : c;

    private static char AsciiUpper(char c) => c is >= 'a' and <= 'z' ? (char)(c - ('a' - 'A')) : c;

    private static int Bit(char first, char second, char last, int length)
    {
        var h = (uint)length * 0x9E3779B1u ^ (uint)first * 0x85EBCA77u ^ (uint)second * 0xC2B2AE3Du ^ (uint)last * 0x27D4EB2Fu;
        h ^= h >> 15;
        h *= 0x2C1B3C6Du;
        return (int)(h >> (32 - BitCountLog2));
    }
}
