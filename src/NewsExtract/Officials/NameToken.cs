namespace NewsExtract.Officials;

/// <summary>What a token of a paragraph is, for reading names.</summary>
internal enum NameTokenKind : byte
{
    Word,
    Number,
    Punctuation,
}

/// <summary>What the tokenizer knows of a token's form, so that readers test it without looking at the text again.</summary>
[Flags]
internal enum NameTokenFlags : byte
{
    None = 0,
    Possessive = 1,
    SentenceStart = 2,

    /// <summary>A word that starts with a capital, or a listed particle and a capital ("al-Rashed", "d'Aubigny").</summary>
    Capitalised = 4,

    /// <summary>A word that starts with a lower-case letter.</summary>
    Lower = 8,
}

/// <summary>
/// One token of a paragraph: a word ("Jean-Michel", "O'Connor", "J."), a number or one punctuation
/// character. A possessive "'s" is not part of the word: <see cref="Possessive"/> records it.
/// </summary>
internal readonly record struct NameToken(int Start, int End, NameTokenKind Kind, NameTokenFlags Flags)
{
    public int Length => End - Start;

    public bool IsWord => Kind == NameTokenKind.Word;

    public bool Possessive => (Flags & NameTokenFlags.Possessive) != 0;

    public bool SentenceStart => (Flags & NameTokenFlags.SentenceStart) != 0;

    public bool Capitalised => (Flags & NameTokenFlags.Capitalised) != 0;

    public bool Lower => (Flags & NameTokenFlags.Lower) != 0;
}
