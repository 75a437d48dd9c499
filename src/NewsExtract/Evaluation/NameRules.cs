using System.Text;

namespace NewsExtract.Evaluation;

/// <summary>score.py's loose text comparisons: lower case, curly apostrophes straightened, last word as surname.</summary>
internal static class NameRules
{
    public static string Norm(string text) => text.ToLowerInvariant().Replace('\u2019', '\'');

    /// <summary>The last word of the normalised name with "'s" removed anywhere; "" for no words.</summary>
    public static string Surname(string name)
    {
        var words = Norm(name).Replace("'s", string.Empty, StringComparison.Ordinal)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(word => word.Split(PythonOnlySpaces, StringSplitOptions.RemoveEmptyEntries))
            .ToArray();
        return words.Length > 0 ? words[^1] : string.Empty;
    }

    public static bool Contains(string haystack, string needle) => haystack.Contains(needle, StringComparison.Ordinal);

    /// <summary>text[:count] in Python, which counts code points, not UTF-16 units.</summary>
    public static string Prefix(string text, int count)
    {
        var prefix = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (count-- <= 0)
            {
                break;
            }

            prefix.Append(rune.ToString());
        }

        return prefix.ToString();
    }

    // str.split() also breaks on the information separators, which .NET does not count as white space.
    private static readonly char[] PythonOnlySpaces = ['\u001c', '\u001d', '\u001e', '\u001f'];
}
