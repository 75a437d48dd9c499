namespace NewsExtract.Officials;

/// <summary>
/// The tokens of one paragraph (the range <paramref name="offset"/>, <paramref name="count"/> of the article's
/// token array) with the article text, and the word tests the readers share.
/// </summary>
internal sealed class TokenView(string text, NameToken[] tokens, char[] givenNames, int offset, int count, int paragraphIndex, bool mentionOnly, ArticleVocabulary vocabulary)
{
    private readonly NameToken[] _tokens = tokens;
    private readonly char[] _givenNames = givenNames;
    private readonly int _offset = offset;

    /// <summary>The lower-case words of the whole article.</summary>
    public ArticleVocabulary Vocabulary { get; } = vocabulary;

    public string Text { get; } = text;

    public int Count { get; } = count;

    /// <summary>The index of the paragraph among the article's, which holds every token of the view.</summary>
    public int ParagraphIndex { get; } = paragraphIndex;

    /// <summary>The tokens of this paragraph, for scans over all of them.</summary>
    public ReadOnlySpan<NameToken> Tokens => _tokens.AsSpan(_offset, Count);

    /// <summary>True for headlines and captions: they may mention a person but never introduce one.</summary>
    public bool MentionOnly { get; } = mentionOnly;

    /// <summary>A token of this paragraph; an index outside it throws, as it would on a list of its own.</summary>
    public ref readonly NameToken this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                ThrowOutOfRange(index);
            }

            return ref _tokens[_offset + index];
        }
    }

    public ReadOnlySpan<char> Word(int index)
    {
        ref readonly var token = ref this[index];
        return Text.AsSpan(token.Start, token.Length);
    }

    /// <summary>
    /// <see cref="OfficialLexicon.GivenName"/> of the token's word, looked up once per token: cutting, weighing and
    /// the role readers ask it of the same words again and again.
    /// </summary>
    public char GivenName(int index)
    {
        ref readonly var token = ref this[index];
        ref var given = ref _givenNames[_offset + index];
        if (given == NameTokenBuffer.UnknownGivenName)
        {
            given = OfficialLexicon.GivenName(Text.AsSpan(token.Start, token.Length));
        }

        return given;
    }

    public bool IsWord(int index) => (uint)index < (uint)Count && _tokens[_offset + index].IsWord;

    public bool IsPunct(int index, char c) =>
        (uint)index < (uint)Count && _tokens[_offset + index].Kind == NameTokenKind.Punctuation && Text[_tokens[_offset + index].Start] == c;

    /// <summary>Starts with a capital ("Castell", "O'Rourke") or an Arabic article and a capital ("al-Rashed").</summary>
    public bool IsCapitalised(int index) => (uint)index < (uint)Count && _tokens[_offset + index].Capitalised;

    public bool IsLower(int index) => (uint)index < (uint)Count && _tokens[_offset + index].Lower;

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
        if (this[left].Possessive)
        {
            return false;
        }

        for (var i = this[left].End; i < this[right].Start; i++)
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
        var (lo, hi) = (0, Count);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (this[mid].Start < position)
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
    public string Slice(int first, int last) => Text[this[first].Start..this[last].End];

    /// <summary>The text of <see cref="Slice"/> without a string of its own, for looking it up.</summary>
    public ReadOnlySpan<char> SliceSpan(int first, int last) => Text.AsSpan()[this[first].Start..this[last].End];

    private static void ThrowOutOfRange(int index) => throw new ArgumentOutOfRangeException(nameof(index), index, "No token of this paragraph.");
}
