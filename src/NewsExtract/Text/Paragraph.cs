namespace NewsExtract.Text;

/// <summary>One paragraph of an article: a non-blank line, trimmed of surrounding white space.</summary>
/// <param name="Index">Position among the article's paragraphs, from 0.</param>
/// <param name="IsDuplicate">
/// True when an earlier paragraph has exactly the same text (a photo caption repeated by the page):
/// extractors skip duplicates so one fact is never reported twice.
/// </param>
/// <param name="IsCaption">True for photo captions and credits, which are not article prose.</param>
public sealed record Paragraph(TextSpan Span, int Index, bool IsDuplicate, bool IsCaption)
{
    /// <summary>True when extractors should read this paragraph.</summary>
    public bool IsProse => !IsDuplicate;
}
