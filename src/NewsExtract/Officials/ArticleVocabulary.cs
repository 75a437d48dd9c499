namespace NewsExtract.Officials;

/// <summary>
/// The words an article writes in lower case. A capitalised word that the same article also uses in
/// lower case ("Screen", "Million") is an ordinary word at a sentence start or in a title, not a name.
/// </summary>
internal sealed class ArticleVocabulary
{
    private const int MaxWordLength = 64;
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);

    public void AddLowerCaseWords(TokenView view)
    {
        var lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < view.Count; i++)
        {
            if (view.IsLower(i))
            {
                var word = view.Word(i);
                if (!lookup.Contains(word))
                {
                    _words.Add(word.ToString());
                }
            }
        }
    }

    /// <summary>True when the article also writes <paramref name="word"/> in lower case.</summary>
    public bool ContainsLowerForm(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || word.Length > MaxWordLength)
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return _words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower);
    }
}
