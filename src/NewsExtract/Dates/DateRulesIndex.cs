using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NewsExtract.Text;

namespace NewsExtract.Dates;

/// <summary>
/// The scan hints of the date rules (<see cref="PatternScanner.Analyze"/>), saved in
/// Data/dates_index.txt so start-up reads them instead of analysing ~100 KB of expressions. The file
/// carries a fingerprint of the expressions it was made from: when the rules change and the file is
/// not remade, it is ignored and the hints are computed (slower start, same results), and the test
/// that compares it with the rules fails until it is remade.
/// </summary>
internal static class DateRulesIndex
{
    public const string FileName = "dates_index.txt";
    private const string FingerprintId = "@fingerprint";

    /// <summary>The saved hints, or null when the file was made from other expressions.</summary>
    public static IReadOnlyList<ScanHint>? Load(IReadOnlyList<DateRule> rules)
    {
        var rows = DataFile.Rows(FileName);
        if (rows.Count != rules.Count + 1 || rows[0][0] != FingerprintId || rows[0][1] != Fingerprint(rules))
        {
            return null;
        }

        var hints = new List<ScanHint>(rules.Count);
        for (var i = 0; i < rules.Count; i++)
        {
            var row = rows[i + 1];
            if (row.Length != 3 || row[0] != rules[i].Id)
            {
                return null;
            }

            hints.Add(new ScanHint(Strings(row[1]), Strings(row[2])));
        }

        return hints;
    }

    /// <summary>The text of the file for <paramref name="rules"/>.</summary>
    public static string Write(IReadOnlyList<DateRule> rules)
    {
        var hints = PatternScanner.Analyze(rules.Select(rule => rule.Expression).ToList());
        var text = new StringBuilder();
        text.Append("# id\tprefixes\tliterals\n");
        text.Append("#\n");
        text.Append("# Made from dates_rules.txt, not by hand: NEWSEXTRACT_UPDATE_GOLDEN=1 dotnet test --filter DateRulesIndex\n");
        text.Append("# For each rule, the strings its matches begin with and the literals one of which every match\n");
        text.Append("# contains, normalised (Text/RegexText.cs); \"*\" none known. %XXXX is the character of that code.\n");
        text.Append("# A file made from other rules (the fingerprint) is ignored.\n");
        text.Append(FingerprintId).Append('\t').Append(Fingerprint(rules)).Append("\t-\n");
        for (var i = 0; i < rules.Count; i++)
        {
            text.Append(rules[i].Id).Append('\t').Append(Join(hints[i].Prefixes)).Append('\t').Append(Join(hints[i].Literals)).Append('\n');
        }

        return text.ToString();
    }

    private static string Fingerprint(IReadOnlyList<DateRule> rules) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", rules.Select(rule => rule.Expression)))));

    private static string Join(IEnumerable<string>? strings) =>
        strings is null ? "*" : string.Join("|", strings.Order(StringComparer.Ordinal).Select(Escape));

    private static IReadOnlyList<string>? Strings(string field) =>
        field == "*" ? null : field.Split('|').Select(Unescape).ToList();

    // Spaces, bars, tabs and percent signs (and anything not printable) as %XXXX, so fields survive trimming.
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is ' ' or '|' or '%' or '#' || char.IsControl(c) || char.IsWhiteSpace(c) || char.IsSurrogate(c))
            {
                escaped.Append('%').Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    private static string Unescape(string text)
    {
        if (!text.Contains('%'))
        {
            return text;
        }

        var plain = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 4 < text.Length && int.TryParse(text.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                plain.Append((char)code);
                i += 4;
            }
            else
            {
                plain.Append(text[i]);
            }
        }

        return plain.ToString();
    }
}
