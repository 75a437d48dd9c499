namespace NewsExtract.Quotes;

internal enum TokenKind : byte
{
    Word,
    Comma,
    Stop,
    Colon,
    Semicolon,
    Dash,
    OpenBracket,
    CloseBracket,
    DoubleMark,
    SingleMark,
    Other,
}

/// <summary>One word, punctuation mark or quotation mark of a paragraph, as UTF-16 indices into the article text.</summary>
internal readonly record struct QuoteToken(int Start, int End, TokenKind Kind)
{
    public bool IsWord => Kind == TokenKind.Word;
}
