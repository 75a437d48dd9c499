using System.Globalization;
using System.Text.RegularExpressions;
using NewsExtract.Text;

namespace NewsExtract.Dates.Tagging;

/// <summary>
/// Turns one regex match into an underspecified <see cref="DateMention"/>, reading the named groups,
/// or rejects it when the words around it show it is no date ("May" the verb, "Friday" in a name,
/// a number that is a count, a price or a phone number).
/// </summary>
internal static class MentionReader
{
    public static DateMention? Read(Article article, DateRule rule, Match match)
    {
        var text = article.Text;
        var span = new TextSpan(match.Index, match.Index + match.Length);
        if (!HasBoundaries(text, span))
        {
            return null;
        }

        var g = match.Groups;
        if (text[span.End - 1] == '.' && g["month"] is { Success: true } fullMonth && fullMonth.Index + fullMonth.Length == span.End - 1
            && DateLexicon.Months.TryGetValue(fullMonth.Value, out var named) && named.Use != "abbrev")
        {
            // "on 5 May." : the full stop ends the sentence.
            span = new TextSpan(span.Start, span.End - 1);
        }

        var mention = new DateMention(span, rule.Id, rule.Kind, rule.Type);

        // Names of months, weekdays and holidays are capitalised in news; lower case is a verb or a noun.
        if (g["month"] is { Success: true } monthGroup)
        {
            if (!char.IsUpper(monthGroup.Value[0]) || !DateLexicon.Months.TryGetValue(monthGroup.Value, out var month))
            {
                return null;
            }

            var hasDayOrYear = g["day"].Success || g["dayword"].Success || g["year"].Success || g["yearword"].Success;
            if (!hasDayOrYear && !MonthAloneIsDate(article, span, month.Use, g["shift"].Success || g["mod"].Success || g["relyear"].Success))
            {
                return null;
            }

            mention = mention with { Month = month.Month };
        }
        else if (g["monthnum"] is { Success: true } monthNumber)
        {
            mention = mention with { Month = int.Parse(monthNumber.Value, CultureInfo.InvariantCulture) };
        }

        if (g["weekday"] is { Success: true } weekdayGroup)
        {
            if (!char.IsUpper(weekdayGroup.Value[0]) || !DateLexicon.Weekdays.TryGetValue(weekdayGroup.Value, out var weekday))
            {
                return null;
            }

            if (weekday.Use == "abbrev" && !g["day"].Success)
            {
                return null;
            }

            if (mention.Month is null && weekdayGroup.Index == span.Start && !WeekdayIsDate(article, span))
            {
                return null;
            }

            mention = mention with { Weekday = weekday.Day };
        }

        if (g["day"] is { Success: true } dayGroup)
        {
            var digits = dayGroup.ValueSpan;
            var n = 0;
            while (n < digits.Length && char.IsAsciiDigit(digits[n]))
            {
                n++;
            }

            mention = mention with { Day = int.Parse(digits[..n], CultureInfo.InvariantCulture) };
        }
        else if (g["dayword"] is { Success: true } dayWord)
        {
            var day = NumberWords.Ordinal(dayWord.Value.ToLowerInvariant());
            if (day is null or < 1 or > 31)
            {
                return null;
            }

            mention = mention with { Day = day };
        }

        if (g["year"] is { Success: true } yearGroup)
        {
            mention = mention with { Year = int.Parse(yearGroup.ValueSpan, CultureInfo.InvariantCulture) };
        }
        else if (g["year2"] is { Success: true } year2)
        {
            mention = mention with { Year = int.Parse(year2.ValueSpan, CultureInfo.InvariantCulture) };
        }
        else if (g["yearword"] is { Success: true } yearWord)
        {
            var year = SpelledYear(yearWord.Value);
            if (year is null)
            {
                return null;
            }

            mention = mention with { Year = year };
        }

        if (g["relyear"] is { Success: true } relYear)
        {
            mention = mention with { RelativeYear = relYear.Value.Equals("year", StringComparison.OrdinalIgnoreCase) ? 0 : DateLexicon.Shifts[relYear.Value] };
        }

        if (g["season"] is { Success: true } season)
        {
            mention = mention with { Season = DateLexicon.Seasons[season.Value] };
        }

        if (g["quarter"] is { Success: true } quarter)
        {
            mention = mention with { Quarter = OrdinalDigit(quarter.Value) };
        }

        if (g["half"] is { Success: true } half)
        {
            mention = mention with { Half = OrdinalDigit(half.Value) };
        }

        if (g["decade"] is { Success: true } decade)
        {
            var digits = decade.Value.TrimStart('\'');
            mention = mention with { Decade = digits.Length >= 4 ? digits[..3] : (digits[0] >= '3' ? "19" : "20") + digits[0] };
        }
        else if (g["decadeword"] is { Success: true } decadeWord)
        {
            var tens = NumberWords.ReadCardinal([decadeWord.Value.ToLowerInvariant()[..^3] + "y"]);
            mention = mention with { Decade = "19" + (int)(tens.Value / 10) };
        }

        if (g["century"] is { Success: true } century)
        {
            var number = char.IsAsciiDigit(century.Value[0])
                ? int.Parse(century.Value.AsSpan(0, century.Value.Length - 2), CultureInfo.InvariantCulture)
                : NumberWords.Ordinal(century.Value.ToLowerInvariant()) ?? 0;
            if (number is < 1 or > 21)
            {
                return null;
            }

            mention = mention with { Century = (number - 1).ToString("00", CultureInfo.InvariantCulture) };
        }

        if (g["holiday"] is { Success: true } holiday)
        {
            if (!char.IsUpper(holiday.Value[0]))
            {
                return null;
            }

            mention = mention with { Holiday = DateLexicon.Holidays[Normalize(holiday.Value)] };
        }

        if (g["deictic"] is { Success: true } deictic)
        {
            var (days, part) = DateLexicon.Deictic[deictic.Value];
            mention = mention with { DayOffset = days, PartOfDay = part };
        }

        if (g["thispart"] is { Success: true } thisPart)
        {
            mention = mention with { DayOffset = thisPart.Value.Equals("last", StringComparison.OrdinalIgnoreCase) ? -1 : 0 };
        }

        if (g["part"] is { Success: true } partGroup)
        {
            mention = mention with { PartOfDay = DateLexicon.DayParts[partGroup.Value.TrimEnd('s', 'S')] };
        }

        if (g["hour"] is { Success: true } hour)
        {
            var h = int.Parse(hour.ValueSpan, CultureInfo.InvariantCulture);
            if (g["ampm"] is { Success: true } ampm)
            {
                var pm = char.ToLowerInvariant(ampm.Value[0]) == 'p';
                h = h % 12 + (pm ? 12 : 0);
            }

            var minute = g["minute"].Success ? int.Parse(g["minute"].ValueSpan, CultureInfo.InvariantCulture) : 0;
            mention = mention with { Hour = h, Minute = minute };
        }
        else if (g["clockword"] is { Success: true } clockWord)
        {
            mention = mention with { Hour = clockWord.Value.Equals("noon", StringComparison.OrdinalIgnoreCase) ? 12 : 24, Minute = 0 };
        }

        if (g["shift"] is { Success: true } shift)
        {
            var shiftWords = Normalize(shift.Value);
            mention = mention with { Shift = DateLexicon.Shifts[shiftWords] };

            // "the following year" counts from the year named before, not from the reference date.
            if (rule.Kind == MentionKind.Relative && shiftWords is "the following" or "the previous" or "the preceding")
            {
                mention = mention with { Anaphor = "the" };
            }
            else if (shiftWords.EndsWith("current", StringComparison.Ordinal))
            {
                mention = mention with { Anaphor = "current" };
            }
        }

        if (g["unit"] is { Success: true } unitGroup)
        {
            var unitText = unitGroup.Value;
            if (unitText.Equals("weekend", StringComparison.OrdinalIgnoreCase))
            {
                mention = mention with { Unit = "WE" };
            }
            else if (DateLexicon.Units.TryGetValue(unitText, out var unit))
            {
                mention = mention with { Unit = unit };
            }
            else if (DateLexicon.Weekdays.TryGetValue(unitText, out var setDay) && char.IsUpper(unitText[0]))
            {
                mention = mention with { FixedValue = "XXXX-WXX-" + setDay.Day };
            }
            else if (DateLexicon.Months.TryGetValue(unitText, out var setMonth) && char.IsUpper(unitText[0]))
            {
                mention = mention with { FixedValue = "XXXX-" + setMonth.Month.ToString("00", CultureInfo.InvariantCulture) };
            }
            else if (DateLexicon.Seasons.TryGetValue(unitText, out var setSeason))
            {
                mention = mention with { FixedValue = "XXXX-" + setSeason };
            }
            else
            {
                return null;
            }
        }

        if (g["num"] is { Success: true } num)
        {
            var (known, amount) = Amount(num.Value);
            if (known && amount is null)
            {
                return null;
            }

            // "a second", "a quarter" are rarely spans of time in news ("a second term", "a quarter of").
            if (amount == 1 && num.Value.Length <= 2 && mention.Unit is "TS" or "Q")
            {
                return null;
            }

            mention = mention with { Amount = amount, AmountKnown = known };
        }

        else if (rule.Kind == MentionKind.Duration && mention.Unit is not null && !g["unit"].Value.EndsWith('s'))
        {
            // "the year": one unit.
            mention = mention with { Amount = 1, AmountKnown = true };
        }

        if ((g["half"].Success || g["half2"].Success) && mention.Amount is { } whole)
        {
            mention = mention with { Amount = whole + 0.5 };
        }

        if (g["num2"] is { Success: true })
        {
            // A range of amounts ("12 to 18 months") has no single length.
            mention = mention with { Amount = null, AmountKnown = false };
        }

        if (g["ago"] is { Success: true } ago)
        {
            var word = ago.Value.ToLowerInvariant();
            mention = mention with { Direction = word is "ago" or "earlier" or "before" ? -1 : 1 };
        }

        if (g["mod"] is { Success: true } mod)
        {
            mention = mention with { Mod = DateLexicon.Mods.GetValueOrDefault(Normalize(mod.Value)) };
        }
        else if (g["mod2"] is { Success: true } mod2)
        {
            mention = mention with { Mod = DateLexicon.Mods.GetValueOrDefault(Normalize(mod2.Value)) };
        }

        if (g["approx"] is { Success: true } approx)
        {
            mention = mention with { Mod = DateLexicon.Approx.GetValueOrDefault(Normalize(approx.Value)) };
        }

        if (g["anaphor"] is { Success: true } anaphor)
        {
            var anaphorWords = Normalize(anaphor.Value);
            mention = mention with { Anaphor = anaphorWords.StartsWith("last year", StringComparison.Ordinal) || anaphorWords.StartsWith("a year", StringComparison.Ordinal) ? "year-ago" : anaphorWords };
        }
        else if (rule.Kind == MentionKind.Anaphoric)
        {
            mention = mention with { Anaphor = "the" };
        }

        if (g["setword"] is { Success: true } setWord)
        {
            mention = mention with { FixedValue = DateLexicon.SetWords[setWord.Value].Value };
        }

        if (g["vague"] is { Success: true } vague)
        {
            mention = mention with { FixedValue = DateLexicon.Vague[Normalize(vague.Value)] };
        }

        // "three days later", "a day earlier": TimeML marks the amount of time, not a date.
        if (rule.Kind == MentionKind.Offset && mention.Unit is "D" or "W" or "TH" or "TM" && g["ago"].Value.ToLowerInvariant() is "later" or "earlier")
        {
            mention = mention with
            {
                Span = new TextSpan(span.Start, g["unit"].Index + g["unit"].Length),
                Kind = MentionKind.Duration,
                Type = "DURATION",
                Direction = 0,
            };
        }

        // "the third-quarter loss", "the year-ago results": "the" goes with the noun, not the date.
        if (mention.Kind is MentionKind.Calendar or MentionKind.Anaphoric && text.AsSpan(mention.Span.Start, mention.Span.Length).StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            var said = text.AsSpan(mention.Span.Start, mention.Span.Length);
            if (said.EndsWith("-quarter", StringComparison.OrdinalIgnoreCase) || said.EndsWith("year-ago", StringComparison.OrdinalIgnoreCase)
                || said.EndsWith("year-earlier", StringComparison.OrdinalIgnoreCase))
            {
                mention = mention with { Span = new TextSpan(mention.Span.Start + 4, mention.Span.End) };
            }
        }

        return ContextAllows(article, rule, match, mention) ? mention : null;
    }

    /// <summary>Lower case with single spaces and straight apostrophes, as the data files write phrases.</summary>
    internal static string Normalize(string phrase) =>
        string.Join(' ', phrase.Split([' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)).Replace('’', '\'').ToLowerInvariant();

    // Digits next to digits, currency or separators belong to another number ("$2,000", "555-2025", "v2.2010").
    private static bool HasBoundaries(string text, TextSpan span)
    {
        if (span.Start > 0)
        {
            var before = text[span.Start - 1];
            if (char.IsLetterOrDigit(before))
            {
                return false;
            }

            if (char.IsAsciiDigit(text[span.Start]) && before is '.' or ',' or '/' or '-' or ':' or '$' or '£' or '€' or '#' or '+')
            {
                return false;
            }
        }

        if (span.End < text.Length)
        {
            var after = text[span.End];
            // "the year-ago quarter", "Ms Friday-Jones": the word goes on after a hyphen.
            if (char.IsLetterOrDigit(after) || (after == '-' && span.End + 1 < text.Length && char.IsLetter(text[span.End + 1])))
            {
                return false;
            }

            if (char.IsAsciiDigit(text[span.End - 1]) && (after is '%' || (after is '.' or ',' or ':' or '/' or '-' && span.End + 1 < text.Length && char.IsAsciiDigit(text[span.End + 1]))))
            {
                return false;
            }
        }

        return true;
    }

    // A month alone is a date when its name is unambiguous and not part of a person's name, or
    // (May, March) when a temporal word stands before it ("in May", "since March").
    private static bool MonthAloneIsDate(Article article, TextSpan span, string use, bool modified)
    {
        if (use == "abbrev")
        {
            return false;
        }

        var text = article.Text;
        var before = TextAround.WordBefore(text, span.Start);
        var beforeWord = text.AsSpan(before.Start, before.Length);
        var temporalBefore = DateLexicon.HasRole(beforeWord, "temporal");
        if (use == "ambiguous" && !modified && !temporalBefore)
        {
            return false;
        }

        var after = TextAround.WordAfter(text, span.End);
        var afterWord = text.AsSpan(after.Start, after.Length);
        if (TextAround.IsCapitalized(afterWord) && !IsCalendarWord(afterWord))
        {
            return false;
        }

        return modified || temporalBefore || !TextAround.IsCapitalized(beforeWord) || TextAround.StartsSentence(article, span.Start);
    }

    // "Friday" is a day unless it is part of a name: "the Sunday Times", "Friday Harbor".
    // "The World Court Friday rejected..." is a date: a capitalised word before is not enough.
    private static bool WeekdayIsDate(Article article, TextSpan span)
    {
        var text = article.Text;
        var before = TextAround.WordBefore(text, span.Start);
        var beforeWord = text.AsSpan(before.Start, before.Length);

        // "Ms Friday-Jones", "Mr Sundays", "Black Friday" (a shopping day, not a date to resolve).
        if (DateLexicon.HasRole(beforeWord, "name") || (span.End + 1 < text.Length && text[span.End] == '-' && char.IsLetter(text[span.End + 1])))
        {
            return false;
        }

        var after = TextAround.WordAfter(text, span.End);
        var afterWord = text.AsSpan(after.Start, after.Length);
        if (DateLexicon.HasRole(afterWord, "nameafter") && TextAround.IsCapitalized(afterWord))
        {
            return false;
        }

        // "The Mail on Sunday".
        if (beforeWord.Equals("on", StringComparison.OrdinalIgnoreCase))
        {
            var paper = TextAround.WordBefore(text, before.Start);
            var paperWord = text.AsSpan(paper.Start, paper.Length);
            if (TextAround.IsCapitalized(paperWord) && DateLexicon.HasRole(paperWord, "nameafter"))
            {
                return false;
            }
        }

        if (DateLexicon.HasRole(beforeWord, "temporal") || DateLexicon.Shifts.ContainsKey(beforeWord.ToString()))
        {
            return true;
        }

        return !(TextAround.IsCapitalized(afterWord) && !IsCalendarWord(afterWord));
    }

    private static bool IsCalendarWord(ReadOnlySpan<char> word)
    {
        var s = word.ToString();
        return DateLexicon.Months.ContainsKey(s) || DateLexicon.Weekdays.ContainsKey(s) || DateLexicon.DayParts.ContainsKey(s)
            || (word.Length > 0 && char.IsAsciiDigit(word[0]));
    }

    /// <summary>Checks a rule's ctx= option against the words around the match.</summary>
    private static bool ContextAllows(Article article, DateRule rule, Match match, DateMention mention)
    {
        if (rule.Context is null)
        {
            return true;
        }

        var text = article.Text;
        var before = TextAround.WordBefore(text, match.Index);
        var beforeWord = text.AsSpan(before.Start, before.Length);
        var after = TextAround.WordAfter(text, match.Index + match.Length);
        var afterWord = text.AsSpan(after.Start, after.Length);
        switch (rule.Context)
        {
            case "year":
                return YearAlone(article, match.Index, before, mention.Year!.Value);
            case "yearword":
                return match.Value.StartsWith("the", StringComparison.OrdinalIgnoreCase)
                    || DateLexicon.HasRole(beforeWord, "temporal")
                    || match.Value.StartsWith("nineteen", StringComparison.OrdinalIgnoreCase);
            case "season":
                // "to fall", "will spring": a verb.
                if (beforeWord.Equals("to", StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }

                return mention.Shift is not null || mention.Year is not null || mention.Mod is not null
                    || (DateLexicon.HasRole(beforeWord, "temporal") && !afterWord.Equals("of", StringComparison.OrdinalIgnoreCase));
            case "vague":
                // "up to date", "as soon as it ended": idioms, not times.
                if (beforeWord.Equals("up", StringComparison.OrdinalIgnoreCase) && match.Value.Equals("to date", StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }

                return !(match.Value.Equals("soon", StringComparison.OrdinalIgnoreCase) && afterWord.Equals("as", StringComparison.OrdinalIgnoreCase));
            case "modal":
                // "will one day be": a vague future, not a span of one day.
                return DateLexicon.HasRole(beforeWord, "modal");
            case "holiday":
                // "a Christmas tree", "their Christmas album": the holiday names a kind of thing.
                return !(DateLexicon.HasRole(beforeWord, "determiner") && TextAround.IsLowerWord(afterWord) && !DateLexicon.HasRole(afterWord, "tail"));
            case "plural":
                // "the Happy Mondays": a name.
                return !TextAround.IsCapitalized(beforeWord) || DateLexicon.HasRole(beforeWord, "temporal") || TextAround.StartsSentence(article, before.Start);
            case "clock24":
                return match.Groups["zone"].Success || match.Value.EndsWith('h')
                    || beforeWord.Equals("at", StringComparison.OrdinalIgnoreCase) || beforeWord.Equals("until", StringComparison.OrdinalIgnoreCase)
                    || beforeWord.Equals("from", StringComparison.OrdinalIgnoreCase) || beforeWord.Equals("by", StringComparison.OrdinalIgnoreCase);
            case "duration":
                return DateLexicon.HasRole(beforeWord, "duration");
            case "notage":
                // "52 years old" is an age, not a span of time.
                return !afterWord.Equals("old", StringComparison.OrdinalIgnoreCase)
                    && !(match.Index + match.Length + 4 <= text.Length && text.AsSpan(match.Index + match.Length).StartsWith("-old", StringComparison.OrdinalIgnoreCase));
            case "lowercase":
                // "Noon" or "Today" in capitals mid-sentence is a name ("BBC Radio 4's Today programme").
                return !char.IsUpper(match.Value[0]) || TextAround.StartsSentence(article, match.Index);
            case "alllowercase":
                // "Player of the Year".
                return !HasCapitalInside(match.Value) && (!char.IsUpper(match.Value[0]) || TextAround.StartsSentence(article, match.Index));
            case "amount":
                return HasDigit(beforeWord) || DateLexicon.HasRole(beforeWord, "amount") || NumberWords.IsCardinal(beforeWord)
                    || (before.Start > 0 && HasDigitBefore(text, before.Start));
            case "setword":
                // "the Daily Mail", "Weekly Standard": a title.
                if (char.IsUpper(match.Value[0]) && (!TextAround.StartsSentence(article, match.Index) || TextAround.IsCapitalized(afterWord)))
                {
                    return false;
                }

                if (DateLexicon.SetWords[match.Value].Use == "free")
                {
                    return true;
                }

                return afterWord.Length == 0 || DateLexicon.HasRole(afterWord, "tail");
            default:
                throw new InvalidOperationException($"dates_tag_grammar.txt: rule {rule.Id} has unknown ctx={rule.Context}");
        }
    }

    // A bare four-digit number is a year unless it counts or prices something ("about 2000 troops").
    private static bool YearAlone(Article article, int start, TextSpan before, int year)
    {
        var text = article.Text;
        var beforeWord = text.AsSpan(before.Start, before.Length);
        // "about 2000 people", "more than 2000": an amount.
        if (DateLexicon.Approx.ContainsKey(beforeWord.ToString()) || beforeWord.Equals("than", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (DateLexicon.HasRole(beforeWord, "temporal"))
        {
            return true;
        }

        // "Euro 2004", "Windows 2000", "the Terrorism Act 2000": part of a name.
        if (TextAround.IsCapitalized(beforeWord) && !TextAround.StartsSentence(article, before.Start))
        {
            return false;
        }

        if (year is < 1900 or > 2099)
        {
            return false;
        }

        var end = start + 4;
        var after = TextAround.WordAfter(text, end);
        var afterWord = text.AsSpan(after.Start, after.Length);
        return !(afterWord.Length > 0 && (DateLexicon.Units.ContainsKey(afterWord.ToString()) || DateLexicon.HasRole(afterWord, "amount")));
    }

    private static bool HasCapitalInside(string value)
    {
        for (var i = 1; i < value.Length; i++)
        {
            if (char.IsUpper(value[i]) && value[i - 1] == ' ')
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasDigit(ReadOnlySpan<char> word) => word.IndexOfAnyInRange('0', '9') >= 0;

    private static bool HasDigitBefore(string text, int index)
    {
        var i = index - 1;
        while (i >= 0 && text[i] is ' ' or '\t')
        {
            i--;
        }

        return i >= 0 && char.IsAsciiDigit(text[i]);
    }

    private static int OrdinalDigit(string word)
    {
        var w = word.ToLowerInvariant();
        return w[0] switch
        {
            'q' => w[1] - '0',
            >= '1' and <= '4' => w[0] - '0',
            _ => NumberWords.Ordinal(w) ?? 0,
        };
    }

    /// <summary>A quantity before a unit: (true, n) for a number, (false, null) for "several".</summary>
    private static (bool Known, double? Value) Amount(string words)
    {
        var normalized = Normalize(words);
        if (normalized == "other")
        {
            return (true, 2);
        }

        if (DateLexicon.Quantities.TryGetValue(normalized, out var quantity))
        {
            return (quantity is not null, quantity);
        }

        if (char.IsAsciiDigit(normalized[0]))
        {
            return double.TryParse(normalized.Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? (true, n) : (true, null);
        }

        var parts = normalized.Split(' ');
        var (used, value) = NumberWords.ReadCardinal(parts);
        return used == parts.Length ? (true, value) : (true, null);
    }

    // "nineteen ninety-six" -> 1996, "two thousand and one" -> 2001, "nineteen hundred" -> 1900.
    private static int? SpelledYear(string words)
    {
        var parts = Normalize(words).Replace('-', ' ').Split(' ');
        if (parts[0] == "nineteen")
        {
            var rest = parts[1..];
            if (rest.Length == 1 && rest[0] == "hundred")
            {
                return 1900;
            }

            var (used, value) = NumberWords.ReadCardinal(rest);
            return used == rest.Length && value is >= 10 and < 100 ? 1900 + (int)value : null;
        }

        var (allUsed, total) = NumberWords.ReadCardinal(parts);
        return allUsed == parts.Length && total is >= 2000 and < 2100 ? (int)total : null;
    }
}
