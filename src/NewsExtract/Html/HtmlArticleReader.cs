using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace NewsExtract.Html;

/// <summary>
/// Reads an HTML page into article text: the text of its block elements (paragraphs, headings,
/// list items, quotations), one paragraph per line, leaving out scripts, navigation, headers,
/// footers, asides and figures. Also reports the page title.
/// </summary>
public static class HtmlArticleReader
{
    private static readonly string[] Chrome = ["script", "style", "noscript", "template", "nav", "header", "footer", "aside", "figure", "form", "iframe", "svg"];
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
        { "P", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "PRE", "DD", "DT", "TD", "FIGCAPTION" };

    public static (string Text, string? Title) Read(string html)
    {
        var parser = new HtmlParser();
        using var document = parser.ParseDocument(html);
        foreach (var element in document.QuerySelectorAll(string.Join(',', Chrome)).ToList())
        {
            element.Remove();
        }

        var root = (IElement?)document.QuerySelector("article") ?? document.Body;
        var text = new StringBuilder();
        if (root is not null)
        {
            AppendBlocks(root, text);
            if (text.Length == 0)
            {
                AppendParagraph(text, root.TextContent);
            }
        }

        var title = document.Title is { Length: > 0 } t ? Collapse(t) : null;
        return (text.ToString(), title);
    }

    private static void AppendBlocks(IElement element, StringBuilder text)
    {
        foreach (var child in element.Children)
        {
            if (Blocks.Contains(child.TagName) && !HasBlockChild(child))
            {
                AppendParagraph(text, child.TextContent);
            }
            else
            {
                AppendBlocks(child, text);
            }
        }
    }

    private static bool HasBlockChild(IElement element)
    {
        foreach (var child in element.Children)
        {
            if (Blocks.Contains(child.TagName) || HasBlockChild(child))
            {
                return true;
            }
        }

        return false;
    }

    private static void AppendParagraph(StringBuilder text, string content)
    {
        var paragraph = Collapse(content);
        if (paragraph.Length == 0)
        {
            return;
        }

        if (text.Length > 0)
        {
            text.Append("\n\n");
        }

        text.Append(paragraph);
    }

    // White space inside a block is layout, not content: one space between words.
    private static string Collapse(string content)
    {
        var builder = new StringBuilder(content.Length);
        var pendingSpace = false;
        foreach (var c in content)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
