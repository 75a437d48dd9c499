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

        if (element.GetAttribute("style") is not { } style)
        {
            return false;
        }

        var squeezed = style.Replace(" ", string.Empty, StringComparison.Ordinal);
        return squeezed.Contains("display:none", StringComparison.OrdinalIgnoreCase) || squeezed.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>-1 when class or id name page furniture (comments, sharing, related links, ...), 1 when they name the body, else 0.</summary>
    /// <param name="seen">Weights of names already looked at on this page: pages repeat their class names.</param>
    public static int Weight(IElement element, Dictionary<string, int> seen)
    {
        var className = NameWeight(element.GetAttribute("class"), seen);
        var id = NameWeight(element.Id, seen);
        return className < 0 || id < 0 ? -1 : Math.Max(className, id);
    }

    private static int NameWeight(string? names, Dictionary<string, int> seen)
    {
        if (string.IsNullOrEmpty(names))
        {
            return 0;
        }

        if (!seen.TryGetValue(names, out var weight))
        {
            weight = NameWeight(names);
            seen[names] = weight;
        }

        return weight;
    }

    // As in Readability, a name that also says content ("content-with-sidebar") is not chrome.
    private static int NameWeight(string names)
    {
        var positive = false;
        var chrome = false;
        foreach (var word in Words(names))
        {
            foreach (var hint in Hints)
            {
                if (hint.Matches(word))
                {
                    positive |= hint.Positive;
                    chrome |= !hint.Positive;
                }
            }
        }

        return positive ? (chrome ? 0 : 1) : (chrome ? -1 : 0);
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

    private sealed record Hint(string Word, bool Positive, bool Prefix)
    {
        public static Hint From(string[] row) => new(row[0], row[1] == "positive", row.Length > 2 && row[2] == "prefix");

        public bool Matches(string word) => Prefix ? word.StartsWith(Word, StringComparison.Ordinal) : word == Word;
    }
}
