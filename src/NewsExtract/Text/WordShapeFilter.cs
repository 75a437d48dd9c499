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
    /// A filter for <paramref name="words"/>, or null for a list that ignores case and has a word whose
    /// first or last letter is not ASCII but changes case into ASCII ("ſ" and "s"), so that it may
    /// equal a word the filter would rule out.
    /// </summary>
    public static WordShapeFilter? For(IEnumerable<string> words, bool ignoreCase)
    {
        var filter = new WordShapeFilter();
        foreach (var word in words)
        {
            if (!IsShaped(word))
            {
                // Otherwise a word out of shape equals only words out of shape too ("José" and "JOSÉ"),
                // which are always looked up.
                if (ignoreCase && word.Length is > 0 and <= MaxLength && (FoldsToAscii(word[0]) || FoldsToAscii(word[^1])))
                {
                    return null;
                }

                continue;
            }

            filter._lengthsByEnds[Ends(word)] |= 1UL << word.Length;
        }

        return filter;
    }

    /// <summary>
    /// A filter for the keys of a set or map, ignoring case when its comparer does; one that lets every
    /// word through when <see cref="For"/> cannot make one.
    /// </summary>
    public static WordShapeFilter Of(IEnumerable<string> keys, IEqualityComparer<string> comparer) =>
        For(keys, ignoreCase: comparer.Equals("a", "A")) ?? Everything;

    private static readonly WordShapeFilter Everything = AllWords();

    private static WordShapeFilter AllWords()
    {
        var filter = new WordShapeFilter();
        Array.Fill(filter._lengthsByEnds, ulong.MaxValue);
        return filter;
    }

    /// <summary>False when no listed word can equal <paramref name="word"/>.</summary>
    public bool MayContain(ReadOnlySpan<char> word) =>
        !IsShaped(word) || (_lengthsByEnds[Ends(word)] & (1UL << word.Length)) != 0;

    private static bool FoldsToAscii(char c) =>
        !char.IsAscii(c) && (char.IsAscii(char.ToUpperInvariant(c)) || char.IsAscii(char.ToLowerInvariant(c)));

    // Words with a non-ASCII first or last letter are always looked up.
    private static bool IsShaped(ReadOnlySpan<char> word) =>
        word.Length is > 0 and <= MaxLength && char.IsAscii(word[0]) && char.IsAscii(word[^1]);

    private static int Ends(ReadOnlySpan<char> word) => ((word[0] & 31) << 5) | (word[^1] & 31);
}
