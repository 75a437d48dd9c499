namespace NewsExtract.Text;

/// <summary>
/// A cheap first test for word lists: one bit per (first letter, last letter, length) that some
/// listed word has. Most words of a text are in no list, and this rules them out before any hashing.
/// Letters are taken modulo 32, which folds ASCII case, so the filter serves case-insensitive lists
/// too; it only says "maybe", the list's own lookup decides.
/// </summary>
internal sealed class WordShapeFilter
{
    private const int MaxLength = 63;

    private readonly ulong[] _lengthsByEnds = new ulong[32 * 32];

    private WordShapeFilter()
    {
    }

    /// <summary>
    /// A filter for <paramref name="words"/>, or null for a list that ignores case and has a word with
    /// a non-ASCII first or last letter, which may equal an ASCII one ignoring case ("ſ" and "s").
    /// </summary>
    public static WordShapeFilter? For(IEnumerable<string> words, bool ignoreCase)
    {
        var filter = new WordShapeFilter();
        foreach (var word in words)
        {
            if (!IsShaped(word))
            {
                // Otherwise a word out of shape equals only words of its length and ends, which are out
                // of shape too and always looked up.
                if (ignoreCase && word.Length is > 0 and <= MaxLength)
                {
                    return null;
                }

                continue;
            }

            filter._lengthsByEnds[Ends(word)] |= 1UL << word.Length;
        }

        return filter;
    }

    /// <summary>False when no listed word can equal <paramref name="word"/>.</summary>
    public bool MayContain(ReadOnlySpan<char> word) =>
        !IsShaped(word) || (_lengthsByEnds[Ends(word)] & (1UL << word.Length)) != 0;

    // Words with a non-ASCII first or last letter are always looked up.
    private static bool IsShaped(ReadOnlySpan<char> word) =>
        word.Length is > 0 and <= MaxLength && char.IsAscii(word[0]) && char.IsAscii(word[^1]);

    private static int Ends(ReadOnlySpan<char> word) => ((word[0] & 31) << 5) | (word[^1] & 31);
}
