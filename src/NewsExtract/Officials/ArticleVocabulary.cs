namespace NewsExtract.Officials;

/// <summary>
/// The words an article writes in lower case. A capitalised word that the same article also uses in
/// lower case ("Screen", "Million") is an ordinary word at a sentence start or in a title, not a name.
/// </summary>
/// <remarks>Kept as hash codes of the words, so reading an article allocates no string per word.</remarks>
internal sealed class ArticleVocabulary
{
    private const int MaxWordLength = 64;
    private readonly HashSet<int> _hashes = [];

    public void AddLowerCaseWords(TokenView view)
    {
        for (var i = 0; i < view.Count; i++)
        {
            if (view.IsLower(i) && view.Word(i).Length <= MaxWordLength)
            {
                _hashes.Add(string.GetHashCode(view.Word(i)));
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
        return _hashes.Contains(string.GetHashCode(lower));
    }
}
