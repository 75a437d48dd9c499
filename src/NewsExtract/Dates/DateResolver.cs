using NewsExtract.Text;
using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsExtract.Dates;

/// <summary>
/// The resolution pass: turns underspecified mentions into TIMEX3 values against the reference date,
/// the tense of each sentence and the dates the article mentioned before (the value forms are listed
/// in Data/dates_rules.txt). Durations and sets pass through. Without a reference date a value that
/// depends on it keeps its unknown parts as X ("XXXX-06-02", "XXXX-WXX-1", "XXXX").
/// </summary>
internal static class DateResolver
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private static readonly Regex TimeSuffix = new(@"T(?<time>MO|AF|EV|NI|DT|MI|\d\d:\d\d)$", Options, RegexLimits.Timeout);

    // REF-1W, REF+0Y>Q3, ANCHOR=Q-1Y, ANCHOR@Y+1Y
    private static readonly Regex Relative = new(
        @"^(?<base>REF|ANCHOR)(?:(?<how>[@=])(?<gran>[A-Z]+))?(?<offsets>(?:[+-](?:\d+|X)[A-Z]+)*)(?:>(?<part>[A-Z]*\d*[A-Z]*))?$", Options, RegexLimits.Timeout);

    private static readonly Regex Offset = new(@"(?<sign>[+-])(?<n>\d+|X)(?<unit>[A-Z]+)", Options, RegexLimits.Timeout);

    // Calendar values, the year (or week, or century) known or not.
    private static readonly Regex DayValue = new(@"^(?<y>\d{4}|XXXX)-(?<m>\d\d)-(?<d>\d\d)$", Options, RegexLimits.Timeout);
    private static readonly Regex MonthValue = new(@"^(?<y>\d{4}|XXXX)-(?<m>\d\d)$", Options, RegexLimits.Timeout);
    private static readonly Regex PartValue = new(@"^(?<y>\d{4}|XXXX)-(?<part>Q[1-4]|H[12]|SP|SU|FA|WI)$", Options, RegexLimits.Timeout);
    private static readonly Regex WeekValue = new(@"^(?<y>\d{4}|XXXX)-W(?<w>\d\d|XX)(?:-(?<d>[1-7]|WE))?$", Options, RegexLimits.Timeout);
    private static readonly Regex HolidayValue = new(@"^(?<y>\d{4}|XXXX)-(?<h>E[+-]\d+|\d\d-[1-5L]x[1-7]|\d\d-\d\d)$", Options, RegexLimits.Timeout);
    private static readonly Regex YearValue = new(@"^(?<y>\d{2,4})$", Options, RegexLimits.Timeout);
    private static readonly Regex DecadeValue = new(@"^XX(?<d>\d)$", Options, RegexLimits.Timeout);

    private static readonly HashSet<string> Literals = new(StringComparer.Ordinal) { "PRESENT_REF", "PAST_REF", "FUTURE_REF" };

    public static IReadOnlyList<DateFact> Resolve(IReadOnlyList<DateMention> mentions, DateOnly? reference)
    {
        // Clock times alone ("at 3 p.m.") go last: they take the day their sentence names, before or after them.
        var context = new Context(reference);
        var values = new string?[mentions.Count];
        foreach (var clockTimesLast in (bool[])[false, true])
        {
            for (var i = 0; i < mentions.Count; i++)
            {
                var mention = mentions[i];
                if (IsClockTime(mention.Value) == clockTimesLast)
                {
                    values[i] = mention.Type is "DATE" or "TIME" ? context.Resolve(mention) : mention.Value;
                }
            }
        }

        var facts = new List<DateFact>(mentions.Count);
        for (var i = 0; i < mentions.Count; i++)
        {
            if (values[i] is { } value)
            {
                var mention = mentions[i];
                facts.Add(new DateFact(mention.Span, mention.Text, mention.Type, value, mention.Rule, mention.Mod));
            }
        }

        return facts;
    }

    // Cheap tests that a value can match the expressions below, each tried only after one: most
    // values are of one form, and a failed match still costs a regex run. '$' also matches before a
    // final newline, so a value is measured without one.
    private static int Length(string value) => value.EndsWith('\n') ? value.Length - 1 : value.Length;

    // TimeSuffix's times are two or five characters after the 'T'.
    private static bool MayEndInTime(string value) => Length(value) is var n && ((n >= 3 && value[n - 3] == 'T') || (n >= 6 && value[n - 6] == 'T'));

    private static bool IsClockTime(string value) => value.Length > 1 && value[0] == 'T' && char.IsAsciiDigit(value[1]);

    private enum Direction
    {
        None,
        Last,
        Next,
        This,
    }

    /// <summary>The state of one article's resolution: the reference date and the periods mentioned so far.</summary>
    private sealed class Context(DateOnly? reference)
    {
        private readonly List<Period> _mentioned = [];
        private readonly Dictionary<int, Period> _dayInSentence = [];

        public string? Resolve(DateMention mention)
        {
            foreach (var alternative in mention.Value.Split('|'))
            {
                var resolved = ResolveOne(alternative, mention);
                if (resolved is null)
                {
                    continue;
                }

                var (value, period) = resolved.Value;
                // A date counted from an earlier one ("a year earlier") is no anchor for the next:
                // "the quarter" after "a year earlier" is still the quarter reported.
                if (period is { } p && !alternative.StartsWith("ANCHOR", StringComparison.Ordinal))
                {
                    _mentioned.Add(p);
                    if (p.Granularity == Granularity.Day)
                    {
                        _dayInSentence[mention.Sentence] = p;
                    }
                }

                return value;
            }

            return null;
        }

        private (string Value, Period? Period)? ResolveOne(string value, DateMention mention)
        {
            if (Literals.Contains(value))
            {
                return (value, null);
            }

            var direction = Direction.None;
            var colon = value.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && value[..colon] is "LAST" or "NEXT" or "THIS")
            {
                direction = Enum.Parse<Direction>(value[..colon], ignoreCase: true);
                value = value[(colon + 1)..];
            }

            string? time = null;
            var suffix = MayEndInTime(value) ? TimeSuffix.Match(value) : Match.Empty;
            if (suffix.Success)
            {
                time = suffix.Groups["time"].Value;
                value = value[..suffix.Index];
            }

            // A clock time alone: on the day the sentence names, else on the reference date.
            if (value.Length == 0)
            {
                if (time is null)
                {
                    return null;
                }

                Period? day = _dayInSentence.TryGetValue(mention.Sentence, out var named) ? named
                    : reference is { } r ? Period.Of(Granularity.Day, r) : null;
                return day is { } d ? (d.ToTimex() + "T" + time, null) : ("T" + time, null);
            }

            var relative = value.StartsWith("REF", StringComparison.Ordinal) || value.StartsWith("ANCHOR", StringComparison.Ordinal) ? Relative.Match(value) : Match.Empty;
            var result = relative.Success ? ResolveRelative(relative) : ResolveCalendar(value, direction, mention.Tense);
            if (result is null)
            {
                return null;
            }

            var (text, period) = result.Value;
            return time is null ? (text, period) : (text + "T" + time, period);
        }

        // REF-1W, ANCHOR=Q-1Y, REF+0Y>Q3: the reference date (or an earlier mention) moved and refined.
        private (string, Period?)? ResolveRelative(Match match)
        {
            Period? start;
            if (match.Groups["base"].Value == "REF")
            {
                start = reference is { } r ? Period.Of(Granularity.Day, r) : null;
            }
            else
            {
                start = Anchor(match.Groups["how"].Value, match.Groups["gran"].Value);
                if (start is null)
                {
                    return null;
                }
            }

            var granularity = start?.Granularity ?? Granularity.Day;
            var explicitGranularity = match.Groups["how"].Success;
            foreach (Match offset in Offset.Matches(match.Groups["offsets"].Value))
            {
                var (unit, size) = UnitOf(offset.Groups["unit"].Value);
                if (unit is null)
                {
                    return null;
                }

                var vague = (offset.Groups["sign"].Value == "-" ? "PAST_REF" : "FUTURE_REF", (Period?)null);
                // "1,200,201,200 days later" names no calendar date (years 1 to 9999): only a direction.
                if (offset.Groups["n"].Value == "X"
                    || !int.TryParse(offset.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || (long)n * size > MaxOffset)
                {
                    return vague;
                }

                var count = offset.Groups["sign"].Value == "-" ? -n * size : n * size;
                if (start is { } s)
                {
                    // From the reference day the unit sets the granularity ("last week" is a week); an
                    // anchor taken at a granularity keeps it ("a year before the third quarter").
                    start = explicitGranularity ? s.Shift(unit.Value, count) : (s.Coarsen(unit.Value) ?? s).Shift(unit.Value, count);
                    if (start is null)
                    {
                        return vague;
                    }
                }

                granularity = explicitGranularity || unit.Value <= granularity ? granularity : unit.Value;
            }

            var part = match.Groups["part"].Value;
            if (start is null)
            {
                // No reference date: what the text fixed stays, the rest is X.
                return (Unknown(granularity, part), null);
            }

            var period = start.Value;
            if (part.Length > 0)
            {
                var refined = Refine(period, part);
                if (refined is null)
                {
                    return null;
                }

                period = refined.Value;
            }

            return (period.ToTimex(), period);
        }

        // ANCHOR: the last period mentioned; =G: the last of exactly that granularity; @G: the last as
        // fine or finer, taken to G ("that year" after "in March 1998" is 1998).
        private Period? Anchor(string how, string granularityCode)
        {
            if (how.Length == 0)
            {
                return _mentioned.Count > 0 ? _mentioned[^1] : null;
            }

            var (granularity, _) = UnitOf(granularityCode);
            if (granularity is null)
            {
                return null;
            }

            for (var i = _mentioned.Count - 1; i >= 0; i--)
            {
                var p = _mentioned[i];
                if (how == "=" ? p.Granularity == granularity : p.Granularity <= granularity)
                {
                    return p.Coarsen(granularity.Value);
                }
            }

            return null;
        }

        // XXXX-06-02, LAST:XXXX-WXX-5, 1998-Q3, XX9, ...: absolute values pass, unknown years are chosen.
        private (string, Period?)? ResolveCalendar(string value, Direction direction, Tense tense)
        {
            var calendar = Calendar.Parse(value);
            if (calendar is null)
            {
                return null;
            }

            if (calendar.Known is { } known)
            {
                return (known.ToTimex(), known);
            }

            if (reference is not { } r)
            {
                return (value, null);
            }

            var chosen = Choose(k => calendar.Occurrence!(r, k), direction, tense, r);
            return chosen is { } c ? (c.ToTimex(), c) : null;
        }
    }

    /// <summary>
    /// Picks the occurrence of a period with an unknown year (week, century): "last" the latest that
    /// ended before the reference day, "next" the first that starts after it, "this" the one of the
    /// same year (week). Otherwise the tense: future takes the first occurrence not yet over (but for
    /// quarters and halves, which are reported after they end); past takes the last that has begun
    /// when it is a weekday or weekend, and beyond a week only weighs against later ones (a past-tense
    /// "Nov. 10" written on Nov. 2 is still the coming one, a past-tense "June" written in February
    /// last year's); no tense takes the nearest, leaning to the reference date's year.
    /// </summary>
    private static Period? Choose(Func<int, Period?> occurrence, Direction direction, Tense tense, DateOnly reference)
    {
        var candidates = Enumerable.Range(-2, 5).Select(occurrence).OfType<Period>().OrderBy(p => p.Start).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        // Weekdays and weekends recur every week; the tense decides them strictly.
        var weekly = candidates[0].Granularity <= Granularity.Week && candidates.Count > 1 && candidates[1].Start.DayNumber - candidates[0].Start.DayNumber <= 7;
        var current = occurrence(0);
        return (direction, tense) switch
        {
            (Direction.This, _) => current,
            // "last May" written in June is not the month just gone (that is "last month").
            (Direction.Last, _) => candidates.Where(p => p.End <= reference && !(p.Granularity == Granularity.Month && p.End == Period.Of(Granularity.Month, reference).Start))
                .Select(p => (Period?)p).LastOrDefault(),
            (Direction.Next, _) => candidates.Where(p => p.Start > reference).Select(p => (Period?)p).FirstOrDefault(),
            (_, Tense.Past) when weekly => candidates.Where(p => p.Start <= reference).Select(p => (Period?)p).LastOrDefault(),
            // Future is strict but for reporting periods: "expects to report a third-quarter loss" in November is the past quarter.
            (_, Tense.Future) when weekly || candidates[0].Granularity is not (Granularity.Quarter or Granularity.Half) =>
                candidates.Where(p => p.End > reference).Select(p => (Period?)p).FirstOrDefault(),
            _ => candidates.MinBy(p => Distance(p, reference) * (Against(p, tense, reference) ? TenseWeight : 1)
                * (weekly || tense is Tense.Past or Tense.Future || p == current ? 1 : OtherYearWeight)),
        };
    }

    // How much farther an occurrence on the side the tense contradicts counts.
    private const int TenseWeight = 4;

    // Without a tense, how much farther an occurrence outside the reference date's year counts
    // ("Markets reopen on Christmas Day" written in June is this year's).
    private const int OtherYearWeight = 2;

    private static bool Against(Period period, Tense tense, DateOnly reference) =>
        (tense == Tense.Past && period.Start > reference) || (tense == Tense.Future && period.End <= reference);

    // Days between a period and a day, 0 when the period holds the day.
    private static int Distance(Period period, DateOnly day) =>
        period.Contains(day) ? 0
        : period.End <= day ? day.DayNumber - period.End.DayNumber + 1
        : period.Start.DayNumber - day.DayNumber;

    // The largest count of units an offset may move: more days than the calendar holds.
    private const int MaxOffset = 4_000_000;

    // A unit of an offset or anchor: its granularity and how many of it one unit is.
    private static (Granularity? Granularity, int Size) UnitOf(string code) => code switch
    {
        "D" => (Granularity.Day, 1),
        "H" or "MIN" or "S" => (Granularity.Day, 0),
        "WE" => (Granularity.Weekend, 1),
        "W" => (Granularity.Week, 1),
        "FN" => (Granularity.Week, 2),
        "M" => (Granularity.Month, 1),
        "Q" => (Granularity.Quarter, 1),
        "HY" => (Granularity.Half, 1),
        "Y" => (Granularity.Year, 1),
        "DE" => (Granularity.Decade, 1),
        "CE" => (Granularity.Century, 1),
        "ML" => (Granularity.Century, 10),
        _ => (null, 0),
    };

    // A part of a period: Q3 of a year, M06 (June) of a year, H1, SU, WE of a week, D5 (Friday) of a week.
    private static Period? Refine(Period period, string part)
    {
        var year = period.Start.Year;
        if (part == "WE")
        {
            return period.Coarsen(Granularity.Week) is { } week ? Period.Of(Granularity.Weekend, week.Start) : null;
        }

        if (part.Length == 2 && part[0] == 'D' && period.Coarsen(Granularity.Week) is { } w)
        {
            return new Period(Granularity.Day, w.Start.AddDays(part[1] - '1'));
        }

        if (period.Granularity < Granularity.Year && part[0] != 'M')
        {
            period = period.Coarsen(Granularity.Year)!.Value;
        }

        return part switch
        {
            ['Q', var q] => new Period(Granularity.Quarter, new DateOnly(year, (q - '1') * 3 + 1, 1)),
            ['H', var h] => new Period(Granularity.Half, new DateOnly(year, h == '1' ? 1 : 7, 1)),
            ['M', _, _] when int.TryParse(part.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12 =>
                new Period(Granularity.Month, new DateOnly(year, m, 1)),
            "SP" or "SU" or "FA" or "WI" => Calendar.Season(year, part),
            _ => null,
        };
    }

    // The value of a period whose reference-dependent parts are unknown: XXXX-WXX, XXXX-QX, XXXX-Q3, ...
    private static string Unknown(Granularity granularity, string part)
    {
        if (part.Length > 0)
        {
            return part switch
            {
                "WE" => "XXXX-WXX-WE",
                ['D', var d] => "XXXX-WXX-" + d,
                ['M', ..] => "XXXX-" + part[1..],
                _ => "XXXX-" + part,
            };
        }

        return granularity switch
        {
            Granularity.Day => "XXXX-XX-XX",
            Granularity.Weekend => "XXXX-WXX-WE",
            Granularity.Week => "XXXX-WXX",
            Granularity.Month => "XXXX-XX",
            Granularity.Season => "XXXX-XX",
            Granularity.Quarter => "XXXX-QX",
            Granularity.Half => "XXXX-HX",
            Granularity.Year => "XXXX",
            Granularity.Decade => "XXX",
            _ => "XX",
        };
    }

    /// <summary>
    /// A calendar value: a known period, or the function from (reference date, k) to the k-th
    /// occurrence away from the reference date's year (week, century) when that part is unknown.
    /// </summary>
    private sealed record Calendar(Period? Known, Func<DateOnly, int, Period?>? Occurrence)
    {
        public static Calendar? Parse(string value)
        {
            Match m;
            var length = Length(value);
            if (length == 10 && (m = DayValue.Match(value)).Success)
            {
                var (month, day) = (Int(m, "m"), Int(m, "d"));
                return month is < 1 or > 12 ? null : ByYear(m, year => day >= 1 && day <= DateTime.DaysInMonth(year, month)
                    ? new Period(Granularity.Day, new DateOnly(year, month, day))
                    : null);
            }

            if (length == 7 && (m = MonthValue.Match(value)).Success)
            {
                var month = Int(m, "m");
                return month is < 1 or > 12 ? null : ByYear(m, year => new Period(Granularity.Month, new DateOnly(year, month, 1)));
            }

            if (length == 7 && (m = PartValue.Match(value)).Success)
            {
                var part = m.Groups["part"].Value;
                return ByYear(m, year => Refine(new Period(Granularity.Year, new DateOnly(year, 1, 1)), part));
            }

            if (length >= 8 && (m = HolidayValue.Match(value)).Success)
            {
                var holiday = m.Groups["h"].Value;
                return ByYear(m, year => Holiday(year, holiday) is { } d ? new Period(Granularity.Day, d) : null);
            }

            if (length is 8 or 10 or 11 && (m = WeekValue.Match(value)).Success)
            {
                return Week(m);
            }

            if (length is >= 2 and <= 4 && (m = YearValue.Match(value)).Success)
            {
                var digits = m.Groups["y"].Value;
                var number = int.Parse(digits, CultureInfo.InvariantCulture);
                var (granularity, first) = digits.Length switch
                {
                    4 => (Granularity.Year, number),
                    3 => (Granularity.Decade, number * 10),
                    _ => (Granularity.Century, number * 100),
                };
                return first < 1 ? null : new Calendar(new Period(granularity, new DateOnly(first, 1, 1)), null);
            }

            if (length == 3 && (m = DecadeValue.Match(value)).Success)
            {
                // "the nineties": the century is chosen like a year.
                var digit = Int(m, "d");
                return new Calendar(null, (reference, k) => (reference.Year / 100 + k) * 100 + digit * 10 is var first and > 0
                    ? new Period(Granularity.Decade, new DateOnly(first, 1, 1))
                    : null);
            }

            return null;
        }

        public static Period? Season(int year, string season) => season switch
        {
            "SP" => new Period(Granularity.Season, new DateOnly(year, 3, 1)),
            "SU" => new Period(Granularity.Season, new DateOnly(year, 6, 1)),
            "FA" => new Period(Granularity.Season, new DateOnly(year, 9, 1)),
            "WI" => new Period(Granularity.Season, new DateOnly(year, 12, 1)),
            _ => null,
        };

        private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

        private static Calendar ByYear(Match m, Func<int, Period?> ofYear)
        {
            var year = m.Groups["y"].Value;
            return year == "XXXX"
                ? new Calendar(null, (reference, k) => ofYear(reference.Year + k))
                : new Calendar(ofYear(int.Parse(year, CultureInfo.InvariantCulture)), null);
        }

        private static Calendar? Week(Match m)
        {
            var day = m.Groups["d"].Value;
            if (m.Groups["y"].Value != "XXXX" && m.Groups["w"].Value != "XX")
            {
                var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(Int(m, "y"), Int(m, "w"), DayOfWeek.Monday));
                return new Calendar(InWeek(monday, day), null);
            }

            return m.Groups["y"].Value == "XXXX" && m.Groups["w"].Value == "XX" && day.Length > 0
                ? new Calendar(null, (reference, k) => InWeek(Period.Of(Granularity.Week, reference).Start.AddDays(7 * k), day))
                : null;
        }

        private static Period InWeek(DateOnly monday, string day) => day switch
        {
            "" => new Period(Granularity.Week, monday),
            "WE" => new Period(Granularity.Weekend, monday.AddDays(5)),
            _ => new Period(Granularity.Day, monday.AddDays(day[0] - '1')),
        };

        // E+0 (Easter), 11-4x4 (fourth Thursday of November), 05-Lx1 (last Monday of May), 12-25.
        private static DateOnly? Holiday(int year, string holiday)
        {
            if (holiday[0] == 'E')
            {
                return Easter(year).AddDays(int.Parse(holiday.AsSpan(1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
            }

            var month = int.Parse(holiday.AsSpan(0, 2), CultureInfo.InvariantCulture);
            if (holiday[4] == 'x')
            {
                var weekday = holiday[5] - '0';
                var first = new DateOnly(year, month, 1);
                var firstMatch = first.AddDays((weekday - ((int)first.DayOfWeek + 6) % 7 - 1 + 7) % 7);
                if (holiday[3] == 'L')
                {
                    var last = firstMatch.AddDays(28);
                    return last.Month == month ? last : last.AddDays(-7);
                }

                return firstMatch.AddDays(7 * (holiday[3] - '1'));
            }

            var day = int.Parse(holiday.AsSpan(3, 2), CultureInfo.InvariantCulture);
            return day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
        }

        // Gregorian Easter Sunday (Meeus/Jones/Butcher).
        private static DateOnly Easter(int year)
        {
            int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
            int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
            int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
            var month = (h + l - 7 * m + 114) / 31;
            var day = (h + l - 7 * m + 114) % 31 + 1;
            return new DateOnly(year, month, day);
        }
    }
}
