namespace NewsExtract.Text;

/// <summary>
/// An article's text with its paragraphs and sentences. The text is kept exactly as decoded
/// (no newline or white-space normalisation) so every offset refers to what the user has.
/// </summary>
public sealed class Article
{
    private readonly int[]? _lowSurrogatesBefore;

    private Article(string text, IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<Sentence> sentences, CancellationToken cancellation)
    {
        Text = text;
        Cancellation = cancellation;
        Paragraphs = paragraphs;
        Sentences = sentences;
        _lowSurrogatesBefore = CountLowSurrogates(text);
    }

    public string Text { get; }

    public IReadOnlyList<Paragraph> Paragraphs { get; }

    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>
    /// Stops the work on this article (a caller's time budget). It travels with the article so every
    /// extractor can check it in its paragraph loop without another parameter; the library never reads
    /// a clock itself.
    /// </summary>
    public CancellationToken Cancellation { get; }

    /// <summary>Splits <paramref name="text"/> into paragraphs and sentences.</summary>
    /// <param name="cancellation">Checked between the stages and paragraphs of the work on this article.</param>
    public static Article FromText(string text, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        cancellation.ThrowIfCancellationRequested();
        var paragraphs = ParagraphSplitter.Split(text);
        cancellation.ThrowIfCancellationRequested();
        var sentences = SentenceSplitter.Split(text, paragraphs);
        return new Article(text, paragraphs, sentences, cancellation);
    }

    public string Slice(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>Converts a UTF-16 index into a Unicode code point index, as the output contract counts.</summary>
    public int CodePointIndex(int utf16Index)
    {
        if (_lowSurrogatesBefore is null)
        {
            return utf16Index;
        }

        return utf16Index - _lowSurrogatesBefore[utf16Index];
    }

    /// <summary>The paragraph that contains <paramref name="index"/>, or null between paragraphs.</summary>
    public Paragraph? ParagraphAt(int index) => Find(Paragraphs, index, p => p.Span);

    /// <summary>The sentence that contains <paramref name="index"/>, or null outside sentences.</summary>
    public Sentence? SentenceAt(int index) => Find(Sentences, index, s => s.Span);

    // Binary search over units sorted by position that do not overlap.
    private static T? Find<T>(IReadOnlyList<T> units, int index, Func<T, TextSpan> spanOf)
        where T : class
    {
        var (lo, hi) = (0, units.Count - 1);
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var span = spanOf(units[mid]);
            if (index < span.Start)
            {
                hi = mid - 1;
            }
            else if (index >= span.End)
            {
                lo = mid + 1;
            }
            else
            {
                return units[mid];
            }
        }

        return null;
    }

    // For text with astral characters: how many low surrogates stand before each UTF-16 index.
    private static int[]? CountLowSurrogates(string text)
    {
        var first = text.AsSpan().IndexOfAnyInRange('\uDC00', '\uDFFF');
        if (first < 0)
        {
            return null;
        }

        var before = new int[text.Length + 1];
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            before[i] = count;
            // A low surrogate that follows a high one is the second half of one code point.
            if (char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1]))
            {
                count++;
            }
        }

        before[text.Length] = count;
        return before;
    }
}
