namespace NewsExtract.Html;

/// <summary>
/// Estimates how deeply a page nests its containers, in one pass over the markup, before it is
/// parsed: the parser's work grows with depth for every element, so a hostile page of a hundred
/// thousand unclosed divs (or bold tags) would take minutes. Only containers and formatting elements,
/// which the parser never closes on its own, are counted; scripts and comments are skipped.
/// </summary>
internal static class NestingDepth
{
    /// <summary>Deeper than any real page: browsers stop nesting at a few hundred levels.</summary>
    public const int Limit = 4000;

    private static readonly HashSet<string> Containers = new(StringComparer.OrdinalIgnoreCase)
    {
        "div", "span", "section", "article", "main", "aside", "blockquote", "ul", "ol", "dl", "table", "form", "fieldset", "details", "nav", "header", "footer", "figure",
        // Formatting elements: left open, the parser keeps them in a list it searches and rebuilds at
        // every new block, so ten thousand unclosed <b> cost seconds (found by the linear-time tests).
        "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
    };

    public static bool Exceeds(string html, int limit = Limit)
    {
        var depth = 0;
        var at = html.IndexOf('<', StringComparison.Ordinal);
        while (at >= 0 && at + 1 < html.Length)
        {
            if (html.AsSpan(at).StartsWith("<!--", StringComparison.Ordinal))
            {
                at = Skip(html, at, "-->");
                continue;
            }

            var closing = html[at + 1] == '/';
            var start = at + (closing ? 2 : 1);
            var end = start;
            while (end < html.Length && end - start < 12 && char.IsAsciiLetterOrDigit(html[end]))
            {
                end++;
            }

            var name = html.AsSpan(start, end - start);
            if (!closing && (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)))
            {
                at = Skip(html, end, name.Equals("script", StringComparison.OrdinalIgnoreCase) ? "</script" : "</style");
                continue;
            }

            if (name.Length > 0 && Containers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name))
            {
                depth = closing ? Math.Max(0, depth - 1) : depth + 1;
                if (depth > limit)
                {
                    return true;
                }
            }

            at = html.IndexOf('<', end);
        }

        return false;
    }

    private static int Skip(string html, int from, string end)
    {
        var found = html.IndexOf(end, from, StringComparison.OrdinalIgnoreCase);
        return found < 0 ? -1 : html.IndexOf('<', found + 1);
    }
}
