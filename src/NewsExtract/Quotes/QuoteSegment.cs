namespace NewsExtract.Quotes;

/// <summary>How a quoted stretch ends.</summary>
internal enum SegmentEnd : byte
{
    /// <summary>A closing mark.</summary>
    Closed,

    /// <summary>A new opening mark before any closing one: the writer's quotation runs on, split here.</summary>
    Reopened,

    /// <summary>The paragraph ended first: the quotation may continue in the next paragraph.</summary>
    ParagraphEnd,
}

/// <summary>
/// One stretch of text between double quotation marks within a paragraph. Token indices refer to the
/// paragraph's token list; <see cref="CloseToken"/> is -1 when no closing mark ends it.
/// </summary>
internal sealed class QuoteSegment
{
    public required int OpenToken { get; init; }

    public required int CloseToken { get; init; }

    /// <summary>First token inside the marks.</summary>
    public required int FirstToken { get; init; }

    /// <summary>One past the last token inside the marks.</summary>
    public required int EndToken { get; init; }

    public required int ContentStart { get; init; }

    public required int ContentEnd { get; init; }

    public required SegmentEnd End { get; init; }

    /// <summary>True when the segment continues the previous one (a run-on split or a quotation carried over a paragraph break).</summary>
    public bool ContinuesPrevious { get; set; }

    /// <summary>True when no opening mark starts it: a closing mark with the paragraph start as its opening.</summary>
    public bool OpensAtParagraphStart { get; init; }
}
