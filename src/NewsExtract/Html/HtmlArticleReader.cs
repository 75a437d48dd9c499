using AngleSharp.Html.Parser;

namespace NewsExtract.Html;

/// <summary>
/// Reads an HTML page into its article: the body text (paragraphs and headings of the main content,
/// one per line, a blank line between them; navigation, sidebars, comments, footers and other page
/// chrome left out), the figure captions kept apart, and the title, authors and publication date.
/// </summary>
public static class HtmlArticleReader
{
    private static readonly HtmlParserOptions ParserOptions = new() { IsScripting = false, IsNotConsumingCharacterReferences = false };

    public static HtmlArticle Read(string html)
    {
        if (NestingDepth.Exceeds(html))
        {
            throw new HtmlTooDeepException();
        }

        var parser = new HtmlParser(ParserOptions);
        using var document = parser.ParseDocument(html);
        var metadata = HtmlMetadataReader.Read(document);
        if (document.Body is not { } body)
        {
            return new HtmlArticle(string.Empty, metadata, []);
        }

        var layout = PageLayout.Of(body);
        var blocks = MainContent.Select(layout);
        var paragraphs = blocks.Where(block => !IsHeadline(block, metadata)).Select(block => block.Text);
        return new HtmlArticle(string.Join("\n\n", paragraphs), metadata, layout.Captions);
    }

    // The headline is the record's title, not a paragraph of the body.
    private static bool IsHeadline(TextBlock block, HtmlMetadata metadata) =>
        block.IsHeading && (block.HeadingLevel == 1 || string.Equals(block.Text, metadata.Title, StringComparison.OrdinalIgnoreCase));
}

/// <summary>A page whose containers nest deeper than <see cref="NestingDepth.Limit"/> levels: refused, not parsed.</summary>
public sealed class HtmlTooDeepException() : Exception($"the page nests its elements more than {NestingDepth.Limit} levels deep; not parsed");

/// <summary>An article read from an HTML page.</summary>
/// <param name="Text">The body text: paragraphs separated by a blank line.</param>
/// <param name="Metadata">Title, authors and publication date.</param>
/// <param name="Captions">Figure captions, which are not part of <paramref name="Text"/>.</param>
public sealed record HtmlArticle(string Text, HtmlMetadata Metadata, IReadOnlyList<string> Captions);
