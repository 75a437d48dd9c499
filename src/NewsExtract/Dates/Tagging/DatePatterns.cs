using System.Text;
using System.Text.RegularExpressions;
using NewsExtract.Text;

namespace NewsExtract.Dates.Tagging;

/// <summary>
/// Compiles Data/dates_tag_grammar.txt: expands {def} and {list:FILE} references, turns blanks into
/// <c>[ \t\u00A0]+</c> and builds one NonBacktracking regex per rule (linear time, no timeouts needed).
/// </summary>
internal static class DatePatterns
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
        | RegexOptions.NonBacktracking | RegexOptions.ExplicitCapture;

    public static IReadOnlyList<DateRule> Rules { get; } = Load(DataFile.Rows("dates_tag_grammar.txt"));

    /// <summary>Builds the rules from pattern-file rows (exposed for tests of the composition).</summary>
    internal static IReadOnlyList<DateRule> Load(IReadOnlyList<string[]> rows)
    {
        var defs = new Dictionary<string, string>(StringComparer.Ordinal);
        var rules = new List<DateRule>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            switch (row[0])
            {
                case "def":
                    defs[row[1]] = "(?:" + Expand(row[2], defs) + ")";
                    break;
                case "rule":
                    if (!ids.Add(row[1]))
                    {
                        throw new InvalidOperationException($"dates_tag_grammar.txt: rule id '{row[1]}' is used twice");
                    }

                    var kind = Enum.Parse<MentionKind>(row[2], ignoreCase: true);
                    var pattern = Expand(row[4], defs);
                    string? context = null;
                    if (row.Length > 5 && row[5].StartsWith("ctx=", StringComparison.Ordinal))
                    {
                        context = row[5][4..];
                    }

                    rules.Add(new DateRule(row[1], kind, row[3], new Regex(pattern, Options), context, rules.Count));
                    break;
                default:
                    throw new InvalidOperationException($"dates_tag_grammar.txt: unknown row kind '{row[0]}'");
            }
        }

        return rules;
    }

    /// <summary>Replaces {name} and {list:...} references and blanks in one pattern.</summary>
    internal static string Expand(string pattern, IReadOnlyDictionary<string, string> defs)
    {
        var output = new StringBuilder(pattern.Length * 2);
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                output.Append(c).Append(pattern[++i]);
                continue;
            }

            if (c == ' ')
            {
                // " ?" is an optional blank ("8am", "8 am").
                if (i + 1 < pattern.Length && pattern[i + 1] == '?')
                {
                    output.Append(@"[ \t\u00A0]*");
                    i++;
                    continue;
                }

                output.Append(Blank);
                continue;
            }

            // "{name}" is a reference; "{2}" or "{1,3}" is a quantifier and stays.
            if (c == '{' && i + 1 < pattern.Length && char.IsLetter(pattern[i + 1]))
            {
                var close = pattern.IndexOf('}', i);
                var name = pattern[(i + 1)..close];
                output.Append(name.StartsWith("list:", StringComparison.Ordinal) ? ListPattern(name[5..])
                    : defs.TryGetValue(name, out var def) ? def
                    : throw new InvalidOperationException($"dates_tag_grammar.txt: unknown reference {{{name}}}"));
                i = close;
                continue;
            }

            output.Append(c);
        }

        return output.ToString();
    }

    private const string Blank = @"[ \t\u00A0]+";

    /// <summary>"FILE" or "FILE@N=a|b": the first column of the (filtered) rows as an alternation, longest first.</summary>
    private static string ListPattern(string spec)
    {
        var at = spec.IndexOf('@');
        var file = at < 0 ? spec : spec[..at];
        var column = -1;
        HashSet<string>? allowed = null;
        if (at >= 0)
        {
            var eq = spec.IndexOf('=', at);
            column = int.Parse(spec[(at + 1)..eq], System.Globalization.CultureInfo.InvariantCulture) - 1;
            allowed = new HashSet<string>(spec[(eq + 1)..].Split('|'), StringComparer.OrdinalIgnoreCase);
        }

        var words = DataFile.Rows(file)
            .Where(r => allowed is null || (r.Length > column && allowed.Contains(r[column])))
            .Select(r => r[0])
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(w => w.Length)
            .ThenBy(w => w, StringComparer.Ordinal)
            .Select(w => string.Join(Blank, w.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(EscapeWord)));
        return "(?:" + string.Join("|", words) + ")";
    }

    // Apostrophes match both the straight and the curly form ("New Year's Day", "New Year’s Day").
    private static string EscapeWord(string word)
    {
        var escaped = new StringBuilder();
        foreach (var c in word)
        {
            escaped.Append(c is '\'' or '’' ? "['’]" : Regex.Escape(c.ToString()));
        }

        return escaped.ToString();
    }
}
