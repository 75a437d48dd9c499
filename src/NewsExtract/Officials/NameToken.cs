namespace NewsExtract.Officials;

/// <summary>What a token of a paragraph is, for reading names.</summary>
internal enum NameTokenKind : byte
{
    Word,
    Number,
    Punctuation,
}

/// <summary>
/// One token of a paragraph: a word ("Jean-Michel", "O'Connor", "J."), a number or one punctuation
/// character. A possessive "'s" is not part of the word: <see cref="Possessive"/> records it.
/// </summary>
internal readonly record struct NameToken(int Start, int End, NameTokenKind Kind, bool Possessive, bool SentenceStart)
{
    public int Length => End - Start;

    public bool IsWord => Kind == NameTokenKind.Word;
}
