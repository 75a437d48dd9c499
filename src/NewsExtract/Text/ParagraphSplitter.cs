using System.Buffers;

namespace NewsExtract.Text;

/// <summary>
/// Splits text into paragraphs: each non-blank line is one paragraph (news files put one paragraph
/// on a line, with or without blank lines between). Marks repeated paragraphs and photo captions.
/// </summary>
internal static class ParagraphSplitter
{
    // All markers in one pass over the paragraph rather than one search per marker.
    private static readonly SearchValues<string> CaptionMarkers =
        SearchValues.Create([.. DataFile.Words("caption_markers.txt")], StringComparison.OrdinalIgnoreCase);

    public static IReadOnlyList<Paragraph> Split(string text)
    {
        var paragraphs = new List<Paragraph>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var newline = text.IndexOfAny(['\n', '\r'], lineStart);
            var lineEnd = newline < 0 ? text.Length : newline;
            var (start, end) = Trim(text, lineStart, lineEnd);
            if (end > start)
            {
                var content = text[start..end];
                var isDuplicate = !seen.Add(content);
                paragraphs.Add(new Paragraph(new TextSpan(start, end), paragraphs.Count, isDuplicate, IsCaption(content)));
            }

            if (newline < 0)
            {
                break;
            }

            lineStart = newline + 1;
        }

        return paragraphs;
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && IsBlank(text[start]))
        {
            start++;
        }

        while (end > start && IsBlank(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    // Zero-width and byte-order marks count as blank too, so they never start a paragraph.
    private static bool IsBlank(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF';

    private static bool IsCaption(string paragraph) => paragraph.AsSpan().ContainsAny(CaptionMarkers);
}
