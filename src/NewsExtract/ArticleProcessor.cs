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

/// <summary>Turns the bytes of one input into an <see cref="ArticleResult"/>: decode, segment, extract.</summary>
public static class ArticleProcessor
{
    /// <param name="referenceDateSource">Where <see cref="ExtractionOptions.ReferenceDate"/> came from: option, manifest, filename, ...</param>
    public static ArticleResult Process(string source, ReadOnlySpan<byte> bytes, InputFormat format, ExtractionOptions options, string referenceDateSource = "option")
    {
        var (text, error) = TextDecoder.Decode(bytes);
        if (error is not null)
        {
            return ArticleResult.Failed(source, error);
        }

        if (format == InputFormat.Html)
        {
            (text, _) = HtmlArticleReader.Read(text!);
            if (string.IsNullOrWhiteSpace(text))
            {
                return ArticleResult.Failed(source, new InputError("no_article", "no article text found in the HTML page"));
            }
        }

        return ProcessText(source, text!, options, referenceDateSource);
    }

    public static ArticleResult ProcessText(string source, string text, ExtractionOptions options, string referenceDateSource = "option")
    {
        var article = Article.FromText(text);
        var facts = NewsExtractor.Default.Extract(article, options);
        var referenceSource = options.ReferenceDate is null ? "none" : referenceDateSource;
        return new ArticleResult(source, options.ReferenceDate, referenceSource, article, facts, null);
    }

    /// <summary>HTML for .html and .htm files, text otherwise.</summary>
    public static InputFormat FormatOf(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
            ? InputFormat.Html
            : InputFormat.Text;
}
