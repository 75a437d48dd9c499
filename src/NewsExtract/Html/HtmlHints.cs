using AngleSharp.Dom;
using NewsExtract.Text;

namespace NewsExtract.Html;

/// <summary>What an element's tag, class and id say about it: page chrome, or likely the article body.</summary>
internal static class HtmlHints
{
    private static readonly HashSet<string> ChromeTags = DataFile.Words("html_chrome_tags.txt", StringComparer.OrdinalIgnoreCase);
    private static readonly IReadOnlyList<Hint> Hints = [.. DataFile.Rows("html_class_hints.txt").Select(Hint.From)];

    /// <summary>Tags dropped outright: their text is never article text.</summary>
    public static bool IsChromeTag(IElement element) => ChromeTags.Contains(element.LocalName);

    /// <summary>Hidden from the reader: the hidden attribute, display:none, aria-hidden.</summary>
    public static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true")
        {
            return true;
        }

        var style = element.GetAttribute("style");
        return style is not null && (Squeezed(style).Contains("display:none", StringComparison.OrdinalIgnoreCase)
            || Squeezed(style).Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>-1 when class or id name page furniture (comments, sharing, related links, ...), 1 when they name the body, else 0.</summary>
    public static int Weight(IElement element)
    {
        var className = element.GetAttribute("class");
        var id = element.Id;
        if (string.IsNullOrEmpty(className) && string.IsNullOrEmpty(id))
        {
            return 0;
        }

        var positive = false;
        foreach (var word in Words(className + " " + id))
        {
            foreach (var hint in Hints)
            {
                if (hint.Matches(word))
                {
                    if (!hint.Positive)
                    {
                        return -1;
                    }

                    positive = true;
                }
            }
        }

        return positive ? 1 : 0;
    }

    // "storyBody", "story-body" and "story_body" all give the words story and body.
    private static List<string> Words(string names)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= names.Length; i++)
        {
            var c = i < names.Length ? names[i] : ' ';
            var boundary = !char.IsLetterOrDigit(c) || (char.IsUpper(c) && i > 0 && char.IsLower(names[i - 1]));
            if (boundary && start >= 0)
            {
                words.Add(names[start..i].ToLowerInvariant());
                start = -1;
            }

            if (char.IsLetterOrDigit(c) && start < 0)
            {
                start = i;
            }
        }

        return words;
    }

    private static string Squeezed(string style) => style.Replace(" ", string.Empty, StringComparison.Ordinal);

    private sealed record Hint(string Word, bool Positive, bool Prefix)
    {
        public static Hint From(string[] row) => new(row[0], row[1] == "positive", row.Length > 2 && row[2] == "prefix");

        public bool Matches(string word) => Prefix ? word.StartsWith(Word, StringComparison.Ordinal) : word == Word;
    }
}
