using System.Text;
using System.Text.RegularExpressions;
using NewsExtract.Text;

namespace NewsExtract.Dates;

/// <summary>One extraction rule of Data/dates_rules.txt.</summary>
/// <param name="Id">The rule id, reported with every date it finds.</param>
/// <param name="Type">TIMEX3 type (DATE, TIME, DURATION, SET), or REMOVE for a rule that keeps a look-alike out.</param>
/// <param name="Expression">The whole regular expression, building blocks expanded.</param>
/// <param name="Value">Template of the underspecified value ("XXXX-{month:m}-{day:d}").</param>
/// <param name="Mod">Template of the TIMEX3 mod, or null.</param>
/// <param name="Order">Position in the file: the tie-break between equally long matches.</param>
internal sealed record DateRule(string Id, string Type, string Expression, string Value, string? Mod, int Order)
{
    public bool Removes => Type == "REMOVE";
}

/// <summary>
/// Loads the rules of Data/dates_rules.txt, composing each pattern from the named building blocks of
/// Data/dates_patterns.txt (@Name), the word lists of Data/dates_words.txt (@words:category) and the
/// number words of Text/Data/number_words.txt (@numbers:role).
/// </summary>
internal static class DateRules
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private static readonly HashSet<string> Types = new(StringComparer.Ordinal) { "DATE", "TIME", "DURATION", "SET", "REMOVE" };

    // A named group in an expanded expression: "(?<name>" (lookbehinds "(?<=" and "(?<!" are not names).
    private static readonly Regex GroupName = new(@"\(\?<(?<name>[A-Za-z_][A-Za-z0-9_]*)>", RegexOptions.CultureInvariant, RegexLimits.Timeout);

    public static IReadOnlyList<DateRule> All { get; } = Load();

    /// <summary>Finds the matches of all rules in one pass over a paragraph (see <see cref="PatternScanner"/>).</summary>
    public static PatternScanner Scanner { get; } = new(All.Select(rule => rule.Expression).ToList(), Options, ScanIndex.Load(IndexFile, Expressions));

    /// <summary>The file of saved scan hints for the rules (<see cref="ScanIndex"/>).</summary>
    public const string IndexFile = "dates_index.txt";

    /// <summary>Each rule's id and expression.</summary>
    public static IReadOnlyList<(string Id, string Expression)> Expressions => All.Select(rule => (rule.Id, rule.Expression)).ToList();

    /// <summary>Expands every reference in <paramref name="pattern"/> into plain regular-expression text.</summary>
    internal static string Expand(string pattern, IReadOnlyDictionary<string, string> blocks) =>
        Expand(pattern, blocks, new Dictionary<string, string>(StringComparer.Ordinal), []);

    // A hand-written scan, not Regex.Replace: expansion runs at every start-up, and building and
    // running a regex for it cost more than the rest of loading the rules.
    private static string Expand(string pattern, IReadOnlyDictionary<string, string> blocks, Dictionary<string, string> done, HashSet<string> open)
    {
        var expanded = new StringBuilder(pattern.Length * 2);
        var from = 0;
        for (var at = pattern.IndexOf('@'); at >= 0; at = pattern.IndexOf('@', at + 1))
        {
            if (ReadReference(pattern, at + 1) is not var (kind, name, end))
            {
                continue; // a plain '@'
            }

            expanded.Append(pattern, from, at - from).Append(Reference(kind, name, blocks, done, open));
            from = end;
            at = end - 1;
        }

        return from == 0 ? pattern : expanded.Append(pattern, from, pattern.Length - from).ToString();
    }

    // The reference after an '@' at start: "words:cat" or "numbers:role" (lower case and '_'), "_", or
    // a building block's name (a capital, then letters and digits); null when none is there.
    private static (string Kind, string Name, int End)? ReadReference(string pattern, int start)
    {
        foreach (var kind in (ReadOnlySpan<string>)["words", "numbers"])
        {
            var nameStart = start + kind.Length + 1;
            if (pattern.AsSpan(start).StartsWith(kind, StringComparison.Ordinal) && nameStart < pattern.Length && pattern[nameStart - 1] == ':')
            {
                var nameEnd = nameStart;
                while (nameEnd < pattern.Length && (char.IsAsciiLetterLower(pattern[nameEnd]) || pattern[nameEnd] == '_'))
                {
                    nameEnd++;
                }

                if (nameEnd > nameStart)
                {
                    return (kind, pattern[nameStart..nameEnd], nameEnd);
                }
            }
        }

        if (start < pattern.Length && pattern[start] == '_')
        {
            return ("", "_", start + 1);
        }

        if (start < pattern.Length && char.IsAsciiLetterUpper(pattern[start]))
        {
            var end = start + 1;
            while (end < pattern.Length && char.IsAsciiLetterOrDigit(pattern[end]))
            {
                end++;
            }

            return ("", pattern[start..end], end);
        }

        return null;
    }

    private static string Reference(string kind, string name, IReadOnlyDictionary<string, string> blocks, Dictionary<string, string> done, HashSet<string> open)
    {
        switch (kind)
        {
            case "words":
                return DateLexicon.HasCategory(name)
                    ? DateLexicon.Alternation(name)
                    : throw new InvalidOperationException($"dates patterns: no word category '{name}' in dates_words.txt");
            case "numbers":
                return done.TryGetValue("numbers:" + name, out var numbers) ? numbers : done["numbers:" + name] = NumberWordPattern(name);
        }

        if (done.TryGetValue(name, out var expanded))
        {
            return expanded;
        }

        if (!blocks.TryGetValue(name, out var block))
        {
            throw new InvalidOperationException($"dates patterns: no building block '@{name}' in dates_patterns.txt");
        }

        if (!open.Add(name))
        {
            throw new InvalidOperationException($"dates patterns: '@{name}' refers to itself");
        }

        expanded = "(?:" + Expand(block, blocks, done, open) + ")";
        open.Remove(name);
        done[name] = expanded;
        return expanded;
    }

    private static IReadOnlyList<DateRule> Load()
    {
        var blocks = new Dictionary<string, string>(StringComparer.Ordinal);
        var groups = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var row in DataFile.Rows("dates_patterns.txt"))
        {
            if (row.Length != 2 || !blocks.TryAdd(row[0], WordAlternation.FactorWordGroups(row[1], "@_", groups)))
            {
                throw new InvalidOperationException($"dates_patterns.txt: bad or repeated block '{row[0]}'");
            }
        }

        var expanded = new Dictionary<string, string>(StringComparer.Ordinal);
        var rules = new List<DateRule>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in DataFile.Rows("dates_rules.txt"))
        {
            if (row.Length != 5 || !ids.Add(row[0]))
            {
                throw new InvalidOperationException($"dates_rules.txt: rule '{row[0]}' needs five columns and a unique id");
            }

            // Whole words only: nothing alphanumeric may touch the match on either side, nor a
            // hyphenated word follow it ("Friday-Jones").
            var expression = @"(?<!\w)(?:" + Expand(WordAlternation.FactorWordGroups(row[4], "@_", groups), blocks, expanded, []) + @")(?!\w|-\p{L})";
            var rule = new DateRule(row[0], row[1], expression, row[2], row[3] is "-" or "" ? null : row[3], rules.Count);
            Check(rule);
            rules.Add(rule);
        }

        return rules;
    }

    // A misspelt type, function or group name in a rule fails when the rules load, not on some article.
    private static void Check(DateRule rule)
    {
        if (!Types.Contains(rule.Type))
        {
            throw new InvalidOperationException($"dates_rules.txt: rule '{rule.Id}' has an unknown type '{rule.Type}'");
        }

        var groups = GroupName.Matches(rule.Expression).Select(match => match.Groups["name"].Value).ToHashSet(StringComparer.Ordinal);
        foreach (var (function, args) in DateTemplate.Calls(rule.Value).Concat(rule.Mod is null ? [] : DateTemplate.Calls(rule.Mod)))
        {
            if (!DateTemplate.Functions.Contains(function))
            {
                throw new InvalidOperationException($"dates_rules.txt: rule '{rule.Id}' calls an unknown function '{function}'");
            }

            var missing = args.FirstOrDefault(arg => !groups.Contains(arg));
            if (missing is not null)
            {
                throw new InvalidOperationException($"dates_rules.txt: rule '{rule.Id}' reads a group '{missing}' its pattern does not have");
            }
        }
    }

    // The number words of the shared list (Text/Data/number_words.txt) by role; "cardinal" is every role but ordinal.
    private static string NumberWordPattern(string role)
    {
        var words = DataFile.Rows("number_words.txt")
            .Where(row => role == "cardinal" ? row[2] != "ordinal" : row[2] == role)
            .Select(row => row[0])
            .ToList();
        return words.Count == 0
            ? throw new InvalidOperationException($"dates patterns: no number words of role '{role}'")
            : WordAlternation.Of(words, WordAlternation.Escaped);
    }
}
