namespace NewsExtract.Counts;

internal enum CountTokenKind : byte
{
    Word,
    Number,
    Symbol,
}

/// <summary>One token of a paragraph: a word, a number (starts with a digit) or one punctuation mark.</summary>
/// <param name="InQuote">True inside double quotation marks.</param>
/// <param name="SentenceStart">True for the first word of a sentence (after . ! ? : or at the paragraph start).</param>
internal readonly record struct CountToken(int Start, int End, CountTokenKind Kind, bool InQuote, bool SentenceStart);
