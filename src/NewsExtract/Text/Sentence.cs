namespace NewsExtract.Text;

/// <summary>One sentence, inside exactly one paragraph.</summary>
public sealed record Sentence(TextSpan Span, int Index, int ParagraphIndex);
