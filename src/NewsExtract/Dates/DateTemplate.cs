using System.Globalization;
using System.Text.RegularExpressions;
using NewsExtract.Text;

namespace NewsExtract.Dates;

/// <summary>
/// Fills the value and mod templates of a rule from its match: "{month:m}" reads the text of group
/// m as a month, "{duration:n,u}" builds a duration from groups n and u. A function that cannot read
/// its group makes the whole template fail (null); a group that did not take part reads as "".
/// </summary>
internal static class DateTemplate
{
    private static readonly Regex Call = new(@"\{(?<fn>[a-z]+):(?<args>[a-z,]+)\}", RegexOptions.CultureInvariant, RegexLimits.Timeout);
    private static readonly Regex Clock = new(@"^(?<h>\d{1,2})(?:[:.h](?<m>\d\d))?\s*(?:(?<ap>[ap])\.?\s*m\.?)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexLimits.Timeout);
    private static readonly Regex Fraction = new(@"\s*(?:and\s+a\s+half|1/2|½)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexLimits.Timeout);

    /// <summary>The functions a template may call.</summary>
    public static readonly IReadOnlySet<string> Functions = new HashSet<string>(StringComparer.Ordinal)
    {
        "month", "day", "year", "weekday", "season", "pod", "quarter", "half", "decade", "century", "clock",
        "holiday", "set", "dir", "offset", "dayoffset", "num", "unit", "duration", "frequency", "mod",
    };

    /// <summary>The calls of a template: each function with the groups it reads.</summary>
    public static IEnumerable<(string Function, string[] Groups)> Calls(string template) =>
        Call.Matches(template).Select(call => (call.Groups["fn"].Value, call.Groups["args"].Value.Split(',')));

    public static string? Fill(string template, Match match)
    {
        // One builder per thread: filling runs twice for every date found (value and mod).
        var filled = t_filled ??= new System.Text.StringBuilder();
        filled.Clear();
        foreach (var part in Parts.GetOrAdd(template, Parse))
        {
            if (part.Function is null)
            {
                filled.Append(part.Text);
                continue;
            }

            var texts = new string[part.Groups.Length];
            for (var i = 0; i < texts.Length; i++)
            {
                texts[i] = match.Groups[part.Groups[i]] is { Success: true } group ? group.Value : string.Empty;
            }

            if (Apply(part.Function, texts) is not { } value)
            {
                return null;
            }

            filled.Append(value);
        }

        return filled.ToString();
    }

    [ThreadStatic]
    private static System.Text.StringBuilder? t_filled;

    // A template read once into its plain text and calls: filling runs for every date found.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, TemplatePart[]> Parts = new(StringComparer.Ordinal);

    private sealed record TemplatePart(string Text, string? Function, string[] Groups);

    private static TemplatePart[] Parse(string template)
    {
        var parts = new List<TemplatePart>();
        var end = 0;
        foreach (Match call in Call.Matches(template))
        {
            if (call.Index > end)
            {
                parts.Add(new TemplatePart(template[end..call.Index], null, []));
            }

            parts.Add(new TemplatePart(string.Empty, call.Groups["fn"].Value, call.Groups["args"].Value.Split(',')));
            end = call.Index + call.Length;
        }

        if (end < template.Length)
        {
            parts.Add(new TemplatePart(template[end..], null, []));
        }

        return [.. parts];
    }

    private static string? Apply(string function, string[] texts)
    {
        var text = texts[0];
        return function switch
        {
            "month" => Month(text),
            "day" => Day(text),
            "year" => Year(text),
            "weekday" => DateLexicon.Lookup("weekday", text) ?? DateLexicon.Lookup("weekday_plural", text),
            "season" => DateLexicon.Lookup("season", text) ?? DateLexicon.Lookup("season_plural", text),
            "pod" => PartOfDay(text),
            "quarter" => Quarter(text),
            "half" => DateLexicon.Lookup("half_ordinal", text),
            "decade" => Decade(text),
            "century" => Century(text),
            "clock" => ClockTime(text),
            "holiday" => DateLexicon.Lookup("holiday", text),
            "set" => DateLexicon.Lookup("set_word", text),
            "dir" => DateLexicon.Lookup("direction", text),
            "offset" => DateLexicon.Lookup("direction", text) switch { "LAST" => "-1", "NEXT" => "+1", "THIS" => "+0", _ => null },
            "dayoffset" => DateLexicon.Key(text) switch { "yesterday" => "-1", "today" or "tonight" => "+0", "tomorrow" => "+1", _ => null },
            "num" => Number(text),
            "unit" => DateLexicon.Lookup("unit", text),
            "duration" => Duration(text, Arg(texts, 1), Arg(texts, 2)),
            "frequency" => Duration(DateLexicon.Key(text) switch { "" => "1", "other" => "2", _ => text }, Arg(texts, 1), string.Empty),
            "mod" => Mod(text),
            _ => null,
        };
    }

    private static string Arg(string[] texts, int index) => index < texts.Length ? texts[index] : string.Empty;

    private static string? Month(string text)
    {
        var name = DateLexicon.Lookup("month", text) ?? DateLexicon.Lookup("month_short", text);
        if (name is not null)
        {
            return name;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12
            ? month.ToString("D2", CultureInfo.InvariantCulture)
            : null;
    }

    private static string? Day(string text)
    {
        var digits = text.TrimEnd('s', 't', 'n', 'd', 'r', 'h', 'S', 'T', 'N', 'D', 'R', 'H');
        var day = int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            ? d
            : NumberWords.Ordinal(Hyphenate(text)) ?? 0;
        return day is >= 1 and <= 31 ? day.ToString("D2", CultureInfo.InvariantCulture) : null;
    }

    // "twenty first" -> "twenty-first", as NumberWords reads compound ordinals.
    private static string Hyphenate(string text) => string.Join('-', Words(text));

    private static string? Year(string text)
    {
        text = text.Trim();
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var full))
        {
            return full.ToString("D4", CultureInfo.InvariantCulture);
        }

        var digits = text.TrimStart('\'', '’');
        if (digits.Length == 2 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var two))
        {
            return (two <= 30 ? 2000 + two : 1900 + two).ToString(CultureInfo.InvariantCulture);
        }

        // Spelled out: "nineteen ninety-six", "nineteen hundred and five", "two thousand eight", "twenty twenty-four".
        var words = Words(text).ToList();
        if (words.Count >= 2 && words[0] == "two" && words[1] == "thousand")
        {
            var (_, rest) = NumberWords.ReadCardinal(words.Skip(2).Where(w => w != "and").ToList());
            return (2000 + (int)rest).ToString(CultureInfo.InvariantCulture);
        }

        var (used, century) = NumberWords.ReadCardinal(words.Take(1).ToList());
        if (used != 1 || century is < 10 or > 20)
        {
            return null;
        }

        var remainder = words.Skip(1).Where(w => w is not "hundred" and not "and").ToList();
        var (_, year) = NumberWords.ReadCardinal(remainder);
        return year < 100 ? ((int)century * 100 + (int)year).ToString("D4", CultureInfo.InvariantCulture) : null;
    }

    private static string? PartOfDay(string text) =>
        DateLexicon.Lookup("part_of_day", text) ?? (DateLexicon.Key(text) == "late night" ? "NI" : null);

    private static string? Quarter(string text)
    {
        var q = DateLexicon.Lookup("quarter_ordinal", text);
        if (q is not null)
        {
            return q;
        }

        var last = text.Length > 0 ? text[^1] : ' ';
        return last is >= '1' and <= '4' ? last.ToString() : null;
    }

    // "1990s" -> 199; "'90s", "90s" and "nineties" -> XX9 (century left to the resolver).
    private static string? Decade(string text)
    {
        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length == 4)
        {
            return digits[..3];
        }

        if (digits.Length == 2)
        {
            return "XX" + digits[0];
        }

        var word = DateLexicon.Lookup("decade_word", text);
        return word is null ? null : "XX" + word;
    }

    // "20th century" -> 19, "twenty-first century" -> 20.
    private static string? Century(string text)
    {
        var ordinal = text.Replace("century", string.Empty, StringComparison.OrdinalIgnoreCase).Trim(' ', '-');
        var digits = new string(ordinal.TakeWhile(char.IsAsciiDigit).ToArray());
        var n = digits.Length > 0 ? int.Parse(digits, CultureInfo.InvariantCulture) : NumberWords.Ordinal(Hyphenate(ordinal)) ?? 0;
        return n is >= 1 and <= 30 ? (n - 1).ToString("D2", CultureInfo.InvariantCulture) : null;
    }

    private static string? ClockTime(string text)
    {
        switch (DateLexicon.Key(text))
        {
            case "noon" or "midday":
                return "12:00";
            case "midnight":
                return "24:00";
        }

        var match = Clock.Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        if (match.Groups["ap"].Success)
        {
            var pm = char.ToLowerInvariant(match.Groups["ap"].Value[0]) == 'p';
            hour = hour % 12 + (pm ? 12 : 0);
        }

        return hour <= 24 && minute < 60 ? $"{hour:D2}:{minute:D2}" : null;
    }

    /// <summary>
    /// The number of a duration or offset as TIMEX3 writes it: "3", "2.5", or "X" for a vague amount
    /// ("several", or no number at all as in "for years").
    /// </summary>
    private static string? Number(string text)
    {
        var key = DateLexicon.Key(text);
        if (key.Length == 0)
        {
            return "X";
        }

        var vague = DateLexicon.Lookup("vague", key);
        if (vague is not null)
        {
            return vague;
        }

        var half = Fraction.Match(key);
        var extra = half.Success ? 0.5 : 0;
        if (half.Success)
        {
            key = key[..half.Index].Trim();
        }

        double value;
        if (key is "a" or "an" or "one" or "another" or "a full" or "an additional" or "an extra" or "a single" or "")
        {
            value = key.Length == 0 ? 0 : 1;
        }
        else if (double.TryParse(key.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var digits))
        {
            value = digits;
        }
        else
        {
            // "a hundred", "a dozen": the article is one.
            var words = Words(key).ToList();
            if (words.Count > 1 && words[0] is "a" or "an")
            {
                words[0] = "one";
            }

            if (words.Count == 2 && words[1] == "dozen")
            {
                return Format(NumberWords.ReadCardinal(words.Take(1).ToList()).Value * 12 + extra);
            }

            var (used, number) = NumberWords.ReadCardinal(words);
            if (used != words.Count)
            {
                return null;
            }

            value = number;
        }

        return Format(value + extra);
    }

    private static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>
    /// "P3Y", "PT24H", "P2Y6M" (2.5 years), "PXD": a TIMEX3 duration from a number and a unit, and
    /// a half when <paramref name="halfText"/> is not empty ("a year and a half").
    /// </summary>
    private static string? Duration(string numberText, string unitText, string halfText)
    {
        var number = Number(numberText);
        if (number is not null && number != "X" && halfText.Length > 0)
        {
            number = Format(double.Parse(number, CultureInfo.InvariantCulture) + 0.5);
        }

        var unit = DateLexicon.Lookup("unit", unitText);
        if (number is null || unit is null)
        {
            return null;
        }

        if (number == "X" || !number.Contains('.', StringComparison.Ordinal))
        {
            return DurationPart(number, unit, first: true);
        }

        // A fraction goes into the next smaller unit where one exists: 2.5 years -> P2Y6M.
        var value = double.Parse(number, CultureInfo.InvariantCulture);
        var whole = Math.Floor(value);
        var (smaller, factor) = unit switch
        {
            "Y" => ("M", 12),
            "M" => ("D", 30),
            "W" => ("D", 7),
            "D" => ("H", 24),
            "H" => ("MIN", 60),
            "MIN" => ("S", 60),
            "Q" => ("M", 3),
            "DE" => ("Y", 10),
            "CE" => ("Y", 100),
            _ => (null, 0),
        };
        if (smaller is null)
        {
            return DurationPart(Format(value), unit, first: true);
        }

        var rest = Format((value - whole) * factor);
        if (whole == 0)
        {
            return DurationPart(rest, smaller, first: true);
        }

        var head = DurationPart(Format(whole), unit, first: true)!;
        var tail = DurationPart(rest, smaller, first: false)!;
        // Date and time parts: P1DT12H; two time parts share one T: PT1H30M.
        return head.Contains('T', StringComparison.Ordinal) && tail.StartsWith('T') ? head + tail[1..] : head + tail;
    }

    private static string? DurationPart(string number, string unit, bool first)
    {
        var code = DateLexicon.Lookup("duration_code", unit);
        if (code is null)
        {
            return null;
        }

        var prefix = first ? "P" : string.Empty;
        if (code == "2W")
        {
            return number == "X" ? prefix + "XW" : prefix + Format(double.Parse(number, CultureInfo.InvariantCulture) * 2) + "W";
        }

        return code[0] == 'T' ? prefix + "T" + number + code[1..] : prefix + number + code;
    }

    private static string Mod(string text)
    {
        var key = DateLexicon.Key(text.Replace('-', ' ')).Replace("very ", string.Empty, StringComparison.Ordinal);
        if (key.EndsWith(" the", StringComparison.Ordinal))
        {
            key = key[..^4];
        }

        return key.Length == 0 ? string.Empty : DateLexicon.Lookup("mod", key) ?? string.Empty;
    }

    private static IEnumerable<string> Words(string text) =>
        DateLexicon.Key(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
