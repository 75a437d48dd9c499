namespace NewsExtract.Officials;

/// <summary>The tokens of one paragraph with the article text, and the word tests the readers share.</summary>
internal sealed class TokenView(string text, List<NameToken> tokens, bool mentionOnly, ArticleVocabulary vocabulary)
{
    /// <summary>The lower-case words of the whole article.</summary>
    public ArticleVocabulary Vocabulary { get; } = vocabulary;

    public string Text { get; } = text;

    public List<NameToken> Tokens { get; } = tokens;

    public int Count => Tokens.Count;

    /// <summary>True for headlines and captions: they may mention a person but never introduce one.</summary>
    public bool MentionOnly { get; } = mentionOnly;

    public NameToken this[int index] => Tokens[index];

    public ReadOnlySpan<char> Word(int index) => Text.AsSpan(Tokens[index].Start, Tokens[index].Length);

    public bool IsWord(int index) => index >= 0 && index < Tokens.Count && Tokens[index].IsWord;

    public bool IsPunct(int index, char c) =>
        index >= 0 && index < Tokens.Count && Tokens[index].Kind == NameTokenKind.Punctuation && Text[Tokens[index].Start] == c;

    /// <summary>Starts with a capital ("Castell", "O'Rourke") or an Arabic article and a capital ("al-Rashed").</summary>
    public bool IsCapitalised(int index)
    {
        if (!IsWord(index))
        {
            return false;
        }

        var word = Word(index);
        if (char.IsUpper(word[0]))
        {
            return true;
        }

        // "al-Rashed", "bin-Saleh" (a listed particle joined by a hyphen), "d'Aubigny".
        var hyphen = word.IndexOf('-');
        return (hyphen > 0 && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1]) && OfficialLexicon.IsHyphenParticle(word[..hyphen]))
            || (word.Length > 2 && word[0] == 'd' && word[1] is '\'' or '’' && char.IsUpper(word[2]));
    }

    public bool IsLower(int index) => IsWord(index) && char.IsLower(Word(index)[0]);

    public bool IsAllCaps(int index)
    {
        var word = Word(index);
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Only white space between two tokens: they can belong to one name.</summary>
    public bool Adjacent(int left, int right)
    {
        // A possessive ("Castell's") ends a name.
        if (Tokens[left].Possessive)
        {
            return false;
        }

        for (var i = Tokens[left].End; i < Tokens[right].Start; i++)
        {
            if (!char.IsWhiteSpace(Text[i]))
            {
                return false;
            }
        }

        return true;
    }

    public bool IsFunction(int index) => IsWord(index) && OfficialLexicon.IsFunctionWord(Word(index));

    public bool IsSpeechVerb(int index) => IsWord(index) && OfficialLexicon.IsSpeechVerb(Word(index));

    public bool IsHonorific(int index) => IsWord(index) && IsCapitalised(index) && OfficialLexicon.TryHonorific(Word(index), out _, out _);

    /// <summary>The index of the first token that starts at or after <paramref name="position"/>.</summary>
    public int IndexAt(int position)
    {
        var (lo, hi) = (0, Tokens.Count);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Tokens[mid].Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The text from the start of one token to the end of another.</summary>
    public string Slice(int first, int last) => Text[Tokens[first].Start..Tokens[last].End];
}
