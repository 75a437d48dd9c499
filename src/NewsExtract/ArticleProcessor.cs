using NewsExtract.Html;
using NewsExtract.Output;
using NewsExtract.Text;

namespace NewsExtract;

/// <summary>The kind of document an input holds.</summary>
public enum InputFormat
{
    Text,
    Html,
}

/// <summary>Turns the bytes of one input into an <see cref="ArticleResult"/>: unpack, decode, segment, extract.</summary>
public static class ArticleProcessor
{
    /// <summary>The most a gzip input may unpack to when the caller sets no limit.</summary>
    public const long DefaultMaxUnpackedBytes = 64L * 1024 * 1024;

    /// <param name="referenceDateSource">Where <see cref="ExtractionOptions.ReferenceDate"/> came from: option, manifest, filename, ...</param>
    /// <param name="maxUnpackedBytes">The most a gzip input (by name or by header) may unpack to.</param>
    /// <param name="cancellation">A caller's time budget: checked between stages and paragraphs.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled.</exception>
    public static ArticleResult Process(
        string source,
        ReadOnlySpan<byte> bytes,
        InputFormat format,
        ExtractionOptions options,
        string referenceDateSource = "option",
        long maxUnpackedBytes = DefaultMaxUnpackedBytes,
        CancellationToken cancellation = default)
    {
        if (GzipInput.IsGzipName(source) || GzipInput.IsGzip(bytes))
        {
            var (unpacked, gzipError) = GzipInput.Unpack(bytes, maxUnpackedBytes);
            if (gzipError is not null)
            {
                return ArticleResult.Failed(source, gzipError);
            }

            bytes = unpacked;
        }

        return ProcessUnpacked(source, bytes, format, options, referenceDateSource, cancellation);
    }

    /// <summary>
    /// Reads an input from a stream and processes it, never holding more than <paramref name="maxBytes"/>
    /// of it: a larger input (or a gzip input that unpacks to more) is refused with <c>too_large</c>
    /// as soon as it passes the limit. Gzip by name (<c>.gz</c>) is unpacked as it is read.
    /// </summary>
    /// <param name="expectedLength">The input's size when known (a file's length), else -1.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled.</exception>
    public static ArticleResult Process(
        string source,
        Stream input,
        InputFormat format,
        ExtractionOptions options,
        string referenceDateSource,
        long maxBytes,
        long expectedLength = -1,
        CancellationToken cancellation = default)
    {
        if (GzipInput.IsGzipName(source))
        {
            var (unpacked, gzipError) = GzipInput.Unpack(input, maxBytes);
            if (gzipError is not null)
            {
                return ArticleResult.Failed(source, gzipError);
            }

            return ProcessUnpacked(source, unpacked, format, options, referenceDateSource, cancellation);
        }

        return BoundedInput.ReadAll(input, maxBytes, expectedLength) is { } bytes
            ? Process(source, bytes, format, options, referenceDateSource, maxBytes, cancellation)
            : ArticleResult.Failed(source, TooLarge(maxBytes));
    }

    /// <summary>The error of an input over the byte limit.</summary>
    public static InputError TooLarge(long maxBytes, long? size = null) => new(
        "too_large",
        (size is { } known ? $"{known} bytes, larger than" : "larger than") + $" --max-bytes ({maxBytes} bytes)");

    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled.</exception>
    public static ArticleResult ProcessText(
        string source,
        string text,
        ExtractionOptions options,
        string referenceDateSource = "option",
        CancellationToken cancellation = default)
    {
        var article = Article.FromText(text, cancellation);
        var dateline = Dates.DatelineReader.Find(article);
        if (options.ReferenceDate is null && dateline?.Date is { } dated)
        {
            // A wire story's dateline dates the story when nothing more explicit was given.
            options = options with { ReferenceDate = dated };
            referenceDateSource = "dateline";
        }

        var facts = NewsExtractor.Default.Extract(article, options);
        var referenceSource = options.ReferenceDate is null ? "none" : referenceDateSource;
        return new ArticleResult(source, options.ReferenceDate, referenceSource, article, facts, null) { Dateline = dateline };
    }

    /// <summary>HTML for .html and .htm files (also gzipped: .html.gz), text otherwise.</summary>
    public static InputFormat FormatOf(string path)
    {
        var name = GzipInput.IsGzipName(path) ? path[..^3] : path;
        return name.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
            ? InputFormat.Html
            : InputFormat.Text;
    }

    private static ArticleResult ProcessUnpacked(string source, ReadOnlySpan<byte> bytes, InputFormat format, ExtractionOptions options, string referenceDateSource, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        return format == InputFormat.Html
            ? ProcessHtml(source, bytes, options, referenceDateSource, cancellation)
            : ProcessBytes(source, bytes, options, referenceDateSource, cancellation);
    }

    private static ArticleResult ProcessBytes(string source, ReadOnlySpan<byte> bytes, ExtractionOptions options, string referenceDateSource, CancellationToken cancellation)
    {
        var (text, error) = TextDecoder.Decode(bytes);
        return error is not null ? ArticleResult.Failed(source, error) : ProcessText(source, text!, options, referenceDateSource, cancellation);
    }

    // Facts come from the body alone; the page's publication date stands in for a reference date none was given.
    private static ArticleResult ProcessHtml(string source, ReadOnlySpan<byte> bytes, ExtractionOptions options, string referenceDateSource, CancellationToken cancellation)
    {
        var (html, error) = HtmlDecoder.Decode(bytes);
        if (error is not null)
        {
            return ArticleResult.Failed(source, error);
        }

        HtmlArticle page;
        try
        {
            page = HtmlArticleReader.Read(html!);
        }
        catch (HtmlTooDeepException ex)
        {
            return ArticleResult.Failed(source, new InputError("no_article", ex.Message));
        }

        cancellation.ThrowIfCancellationRequested();

        if (string.IsNullOrWhiteSpace(page.Text))
        {
            return ArticleResult.Failed(source, new InputError("no_article", "no article text found in the HTML page"));
        }

        if (options.ReferenceDate is null && PublishedDate.DatePart(page.Metadata.Published) is { } published)
        {
            options = options with { ReferenceDate = published };
            referenceDateSource = "metadata";
        }

        return ProcessText(source, page.Text, options, referenceDateSource, cancellation) with
        {
            FromHtml = true,
            Title = page.Metadata.Title,
            Authors = page.Metadata.Authors,
            Published = page.Metadata.Published,
        };
    }
}
