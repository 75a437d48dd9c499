using System.Text;
using System.Text.RegularExpressions;
using NewsExtract.Text;

namespace NewsExtract.Dates;

/// <summary>
/// The date words of Data/dates_words.txt (month, weekday, season and holiday names, units, vague
/// amounts, modifiers, ...) by category, with the value each normalises to.
/// </summary>
internal static class DateLexicon
{
    private static readonly Dictionary<string, Category> Categories = Load();

    /// <summary>The normalised value of <paramref name="word"/> in <paramref name="category"/>, or null.</summary>
    public static string? Lookup(string category, string word) =>
        Categories.TryGetValue(category, out var words) && words.Values.TryGetValue(Key(word), out var value) ? value : null;

    /// <summary>True when the category exists (a misspelt category in a pattern is an error, not an empty list).</summary>
    public static bool HasCategory(string category) => Categories.ContainsKey(category);

    /// <summary>
    /// The words of a category as one regular-expression alternation (<see cref="WordAlternation"/>:
    /// longest first), with any white space between words and either apostrophe allowed.
    /// </summary>
    public static string Alternation(string category)
    {
        var words = Categories[category];
        return words.Alternation ??= WordAlternation.Of(words.Forms, WordAtom); // rules share categories
    }

    /// <summary>The lookup form of a word: lower case, one space between words, ’ read as '.</summary>
    public static string Key(string word)
    {
        // Most words (one word, no curly apostrophe, no surrogate pair, which the loop below leaves as
        // it is) only need lower case, which keeps a lower-case word as it is.
        if (!NeedsMoreThanLowerCase(word))
        {
            return word.ToLowerInvariant();
        }

        var builder = new StringBuilder(word.Length);
        var space = false;
        foreach (var c in word.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c == '’' ? '\'' : char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    private static string WordAtom(char c) => c switch
    {
        ' ' => "[^\\S\\r\\n]+",
        '\'' => "['’]",
        _ => WordAlternation.Escaped(c),
    };

    private static bool NeedsMoreThanLowerCase(string word)
    {
        foreach (var c in word)
        {
            if (char.IsWhiteSpace(c) || c == '’' || char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }

    private static Dictionary<string, Category> Load()
    {
        var categories = new Dictionary<string, Category>(StringComparer.Ordinal);
        foreach (var row in DataFile.Rows("dates_words.txt"))
        {
            if (row.Length < 2)
            {
                throw new InvalidOperationException($"dates_words.txt: row '{row[0]}' has no word");
            }

            if (!categories.TryGetValue(row[0], out var words))
            {
                words = new Category(new Dictionary<string, string>(StringComparer.Ordinal), []);
                categories[row[0]] = words;
            }

            if (words.Values.TryAdd(Key(row[1]), row.Length > 2 ? row[2] : string.Empty))
            {
                words.Forms.Add(row[1]);
            }
        }

        return categories;
    }

    // Values by lookup key; Forms as written, which the patterns match (case matters for names).
    private sealed record Category(Dictionary<string, string> Values, List<string> Forms)
    {
        public string? Alternation { get; set; }
    }
}
