using NewsExtract.Text;

namespace NewsExtract.Dates.Tagging;

/// <summary>
/// Stage two: turns underspecified mentions into TIMEX3 values against the reference date, in text
/// order so that "the year-ago quarter" can lean on the last quarter named. Without a reference date
/// relative values stay underspecified ("XXXX-06-02", "XXXX-WXX-1").
/// </summary>
internal sealed class MentionResolver
{
    private readonly DateOnly? _reference;
    private (int Year, int Quarter, int Sentence)? _lastQuarter;

    // The last year named outright ("in 1995 ... the following year").
    private int? _lastYear;
    private (int Year, int Month)? _lastMonth;

    private MentionResolver(DateOnly? reference) => _reference = reference;

    public static List<DateFact> Resolve(Article article, IReadOnlyList<DateMention> mentions, DateOnly? reference)
    {
        var resolver = new MentionResolver(reference);
        var facts = new List<DateFact>(mentions.Count);
        foreach (var mention in mentions)
        {
            var sentence = article.SentenceAt(mention.Span.Start)?.Index ?? -1;
            var (type, value) = resolver.Value(mention, sentence);
            facts.Add(new DateFact(mention.Span, article.Slice(mention.Span), type, value, mention.Rule, mention.Mod));
            if (mention.Kind == MentionKind.Calendar || (mention.Kind == MentionKind.Anaphoric && !IsYearBack(mention)))
            {
                resolver.Remember(mention, value, sentence);
            }
        }

        return facts;
    }

    /// <summary>Resolves one mention on its own (no earlier quarter to lean on).</summary>
    internal static (string Type, string Value) ResolveOne(DateMention mention, DateOnly? reference) =>
        new MentionResolver(reference).Value(mention, 0);

    private void Remember(DateMention mention, string value, int sentence)
    {
        if (value.Length == 7 && value[5] == 'Q' && int.TryParse(value.AsSpan(0, 4), out var year))
        {
            _lastQuarter = (year, value[6] - '0', sentence);
        }

        if (mention.Year is { } said)
        {
            _lastYear = said;
        }

        // The month the story is at, named with or without its year ("in March ... the following month").
        if (mention.Month is not null && value.Length >= 7 && value[4] == '-' && char.IsAsciiDigit(value[5])
            && int.TryParse(value.AsSpan(0, 4), out var monthYear) && int.TryParse(value.AsSpan(5, 2), out var monthNumber))
        {
            _lastMonth = (monthYear, monthNumber);
        }
    }

    private static bool IsYearBack(DateMention m) => m.Anaphor is "year-ago" or "year-earlier" or "prior-year" or "year-before";

    private (string Type, string Value) Value(DateMention m, int sentence) => m.Kind switch
    {
        MentionKind.Calendar => Calendar(m),
        MentionKind.Relative => (m.Type, Relative(m)),
        MentionKind.Offset => (m.Type, Offset(m, sentence)),
        MentionKind.Anaphoric => (m.Type, Anaphoric(m)),
        MentionKind.Duration => (m.Type, Timex.Period(m.Unit!, m.AmountKnown ? m.Amount : null)),
        MentionKind.Set => (m.Type, Set(m)),
        _ => (m.Type, m.FixedValue!),
    };

    private (string Type, string Value) Calendar(DateMention m)
    {
        var value = CalendarDate(m);
        if (m.Hour is { } hour)
        {
            var clock = Timex.Clock(hour, m.Minute ?? 0);
            if (value is null)
            {
                return ("TIME", _reference is { } r ? Timex.Day(r) + clock : clock);
            }

            return ("TIME", value + clock);
        }

        if (m.PartOfDay is { } part)
        {
            return ("TIME", (value ?? (_reference is { } r ? Timex.Day(r) : "XXXX-XX-XX")) + "T" + part);
        }

        return (m.Type, value ?? "XXXX-XX-XX");
    }

    /// <summary>The date part of a calendar mention, or null when it names no day (a bare clock time).</summary>
    private string? CalendarDate(DateMention m)
    {
        if (m.DayOffset is { } offset)
        {
            return _reference is { } r ? Timex.Day(r.AddDays(offset)) : "XXXX-XX-XX";
        }

        if (m.Weekday is { } weekday && m.Month is null && m.Day is null)
        {
            return _reference is { } r ? Timex.Day(Weekday(r, weekday, m.Shift, m.Tense)) : "XXXX-WXX-" + weekday;
        }

        if (m.Holiday is { } holiday)
        {
            var year = m.Year ?? InferYear(Holidays.MonthOf(holiday), null, m.Tense, m.Shift);
            return year is { } y ? Timex.Day(Holidays.On(holiday, y)) : "XXXX-" + Holidays.On(holiday, 2000).ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }

        if (m.Decade is { } decade)
        {
            return decade;
        }

        if (m.Century is { } century)
        {
            return century;
        }

        if (m.Month is { } month)
        {
            var year = m.Year ?? (m.RelativeYear is { } rel && _reference is { } r ? r.Year + rel : InferYear(month, m.Day, m.Tense, m.Shift));
            var yearText = year is { } y ? Timex.Year(y) : "XXXX";
            if (m.Day is { } day)
            {
                if (year is { } known && day > DateTime.DaysInMonth(known, month))
                {
                    return yearText + "-" + month.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
                }

                return yearText + "-" + month.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + "-" + day.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
            }

            return yearText + "-" + month.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
        }

        if (m.Season is { } season)
        {
            var start = season switch { "SP" => 3, "SU" => 6, "FA" => 9, _ => 12 };
            var year = m.Year ?? InferYear(start, null, m.Tense, m.Shift);
            return (year is { } y ? Timex.Year(y) : "XXXX") + "-" + season;
        }

        if (m.Quarter is { } quarter)
        {
            var year = m.Year ?? (m.RelativeYear is { } rel && _reference is { } r ? r.Year + rel : InferYear(quarter * 3 - 2, null, m.Tense, m.Shift, quarterLike: true));
            return (year is { } y ? Timex.Year(y) : "XXXX") + "-Q" + quarter;
        }

        if (m.Half is { } half)
        {
            var year = m.Year ?? (m.RelativeYear is { } rel && _reference is { } r ? r.Year + rel : InferYear(half * 6 - 5, null, m.Tense, m.Shift, quarterLike: true));
            return (year is { } y ? Timex.Year(y) : "XXXX") + "-H" + half;
        }

        if (m.Year is { } onlyYear)
        {
            return Timex.Year(onlyYear);
        }

        return null;
    }

    /// <summary>
    /// The year of a month (and day) said without one: a shift decides ("last April"); else the tense
    /// (past: not after the reference date; future: not before it); else the nearest such date.
    /// </summary>
    private int? InferYear(int month, int? day, Tense tense, int? shift, bool quarterLike = false)
    {
        if (_reference is not { } r)
        {
            return null;
        }

        // Months from the reference date to the date said in the reference year.
        var months = month - r.Month + (day is { } d ? (d - r.Day) / 31.0 : 0);
        switch (shift)
        {
            case < 0:
                // "last April" is the latest April before the reference month.
                return months < 0 ? r.Year : r.Year - 1;
            case > 0:
                return months > 0 ? r.Year : r.Year + 1;
            case 0:
                return r.Year;
        }

        if (quarterLike)
        {
            // Reports name the quarters of the current year; a past quarter that has not begun is last year's.
            return tense == Tense.Past && months > 0 ? r.Year - 1 : r.Year;
        }

        // Past: a date a little after the reference date is still this year's ("extended to Nov. 20").
        if (tense == Tense.Past && months > 2)
        {
            return r.Year - 1;
        }

        if (tense == Tense.Future && months < 0)
        {
            return r.Year + 1;
        }

        if (tense != Tense.Past && tense != Tense.Future)
        {
            if (months > 6)
            {
                return r.Year - 1;
            }

            if (months < -6)
            {
                return r.Year + 1;
            }
        }

        return r.Year;
    }

    /// <summary>
    /// Which "Friday": "last Friday" is the one before the reference date, "next Friday" the one after;
    /// otherwise past tense means the latest one up to the reference date, future or present the next one
    /// from it (a Monday reference date and "on Monday" is that day in both cases).
    /// </summary>
    internal static DateOnly Weekday(DateOnly reference, int weekday, int? shift, Tense tense)
    {
        var today = Holidays.IsoDay(reference);
        var back = (today - weekday + 7) % 7;
        var ahead = (weekday - today + 7) % 7;
        return shift switch
        {
            < 0 => reference.AddDays(-(back == 0 ? 7 : back)),
            > 0 => reference.AddDays(ahead == 0 ? 7 : ahead),
            0 => reference.AddDays(ahead),
            // News reports what happened: without a future marker the day is the latest one.
            _ => tense is Tense.Future ? reference.AddDays(ahead) : reference.AddDays(-back),
        };
    }

    private string Relative(DateMention m)
    {
        var shift = m.Shift ?? 0;
        if (m.Unit == "WE")
        {
            return Weekend(m);
        }

        if (m.Unit == "Y" && m.Anaphor == "the" && _lastYear is { } named)
        {
            return Timex.Year(named + shift);
        }

        if (m.Unit == "M" && m.Anaphor == "the" && _lastMonth is { } namedMonth)
        {
            var month = new DateOnly(namedMonth.Year, namedMonth.Month, 1).AddMonths(shift);
            return Timex.Month(month.Year, month.Month);
        }

        // "this quarter" in a report is the quarter being reported, when one was named.
        if (m.Unit == "Q" && shift == 0 && m.Tense != Tense.Future && m.Anaphor != "current" && _lastQuarter is { } reported)
        {
            return Timex.Quarter(reported.Year, reported.Quarter);
        }

        if (_reference is not { } r)
        {
            return m.Unit switch { "D" => "XXXX-XX-XX", "W" => "XXXX-WXX", "M" => "XXXX-XX", "Q" => "XXXX-QX", "DE" => "XXX", "CE" => "XX", _ => "XXXX" };
        }

        return m.Unit switch
        {
            "D" => Timex.Day(r.AddDays(shift)),
            "W" => Timex.Week(r.AddDays(7 * shift)),
            "M" => Timex.Month(r.AddMonths(shift).Year, r.AddMonths(shift).Month),
            "Q" => QuarterShift(r, shift),
            "DE" => ((r.Year / 10) + shift).ToString(System.Globalization.CultureInfo.InvariantCulture),
            "CE" => ((r.Year / 100) + shift).ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => Timex.Year(r.Year + shift),
        };
    }

    // "the weekend" in past-tense news is the one before the reference date; in the future, the next.
    private string Weekend(DateMention m)
    {
        if (_reference is not { } r)
        {
            return "XXXX-WXX-WE";
        }

        var day = Holidays.IsoDay(r);
        var weeks = m.Shift switch
        {
            < 0 => -1,
            > 0 => 1,
            0 => 0,
            _ => m.Tense is Tense.Future or Tense.Present || day >= 6 ? 0 : -1,
        };
        return Timex.Week(r.AddDays(7 * weeks)) + "-WE";
    }

    private static string QuarterShift(DateOnly r, int shift)
    {
        var index = r.Year * 4 + Timex.QuarterOf(r) - 1 + shift;
        return Timex.Quarter(index / 4, index % 4 + 1);
    }

    private string Offset(DateMention m, int sentence)
    {
        var direction = m.Direction == 0 ? -1 : m.Direction;
        if (!m.AmountKnown || m.Amount is not { } amount || amount != Math.Floor(amount) || _reference is not { } r)
        {
            return direction < 0 ? "PAST_REF" : "FUTURE_REF";
        }

        var n = (int)amount * direction;
        switch (m.Unit)
        {
            case "D":
                return Timex.Day(r.AddDays(n));
            case "W":
                return Timex.Week(r.AddDays(7 * n));
            case "F":
                return Timex.Week(r.AddDays(14 * n));
            case "M":
                var month = r.AddMonths(n);
                return Timex.Month(month.Year, month.Month);
            case "Q":
                return QuarterShift(r, n);
            case "Y" when direction > 0 && _lastYear is { } named:
                // "in 1998 ... a year later": counted from the year the story is at.
                return Timex.Year(named + n);
            case "Y":
                // "a year ago" beside a quarter compares that quarter with the same one a year before.
                if (_lastQuarter is { } q && q.Sentence >= sentence - 3)
                {
                    return Timex.Quarter(q.Year + n, q.Quarter);
                }

                return Timex.Year(r.Year + n);
            case "DE":
                return ((r.Year + 10 * n) / 10).ToString(System.Globalization.CultureInfo.InvariantCulture);
            case "CE":
                return ((r.Year + 100 * n) / 100).ToString(System.Globalization.CultureInfo.InvariantCulture);
            default:
                return Timex.Day(r);
        }
    }

    private string Anaphoric(DateMention m)
    {
        var yearBack = IsYearBack(m);
        if (_lastQuarter is { } q)
        {
            return Timex.Quarter(q.Year - (yearBack ? 1 : 0), q.Quarter);
        }

        if (_reference is not { } r)
        {
            return yearBack ? "XXXX" : "XXXX-QX";
        }

        if (yearBack)
        {
            return Timex.Year(r.Year - 1);
        }

        // Without a quarter named before, "the quarter" of a news report is the last one completed.
        return QuarterShift(r, m.Anaphor == "current" ? 0 : -1);
    }

    private static string Set(DateMention m)
    {
        if (m.FixedValue is { } value)
        {
            return value;
        }

        if (m.Weekday is { } weekday)
        {
            return "XXXX-WXX-" + weekday + (m.PartOfDay is { } part ? "T" + part : "");
        }

        return Timex.Period(m.Unit!, m.AmountKnown && m.Amount is { } n ? n : 1);
    }
}
