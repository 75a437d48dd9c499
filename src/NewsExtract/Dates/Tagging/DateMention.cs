using NewsExtract.Text;

namespace NewsExtract.Dates.Tagging;

/// <summary>The tense of the words around a mention, which decides which "Friday" is meant.</summary>
internal enum Tense
{
    Unknown,
    Past,
    Present,
    Future,
}

/// <summary>
/// What an expression SAYS, before any reference date is applied: "weekday 5", "month 6 day 2, year
/// unknown", "unit week shifted -1", "3 units Y". The resolver turns it into a TIMEX3 value.
/// </summary>
internal sealed record DateMention(TextSpan Span, string Rule, MentionKind Kind, string Type)
{
    public int? Year { get; init; }

    /// <summary>Year given as "this/last/next year" after a month: 0, -1, 1.</summary>
    public int? RelativeYear { get; init; }

    public int? Month { get; init; }

    public int? Day { get; init; }

    /// <summary>ISO weekday, Monday 1.</summary>
    public int? Weekday { get; init; }

    public string? Season { get; init; }

    public int? Quarter { get; init; }

    public int? Half { get; init; }

    /// <summary>First three digits of a decade ("199" for the 1990s).</summary>
    public string? Decade { get; init; }

    /// <summary>First two digits of the years of a century ("19" for the 20th century).</summary>
    public string? Century { get; init; }

    /// <summary>Holiday date rule from dates_holidays.txt.</summary>
    public string? Holiday { get; init; }

    /// <summary>Part of day code (MO, AF, EV, NI).</summary>
    public string? PartOfDay { get; init; }

    public int? Hour { get; init; }

    public int? Minute { get; init; }

    /// <summary>Days from the reference date (today 0, yesterday -1).</summary>
    public int? DayOffset { get; init; }

    /// <summary>this 0, last -1, next 1; null when not said.</summary>
    public int? Shift { get; init; }

    /// <summary>Unit code from dates_units.txt (D, W, M, Y...) or "WE" for a weekend.</summary>
    public string? Unit { get; init; }

    /// <summary>Amount of units; null with <see cref="AmountKnown"/> false for "several".</summary>
    public double? Amount { get; init; }

    public bool AmountKnown { get; init; }

    /// <summary>-1 for "ago"/"earlier", 1 for "later"/"from now".</summary>
    public int Direction { get; init; }

    public string? Mod { get; init; }

    /// <summary>A value fixed by the words themselves (PAST_REF, P1D, XXXX-WXX-1).</summary>
    public string? FixedValue { get; init; }

    /// <summary>The anaphor word of an anaphoric mention ("year-ago", "latest").</summary>
    public string? Anaphor { get; init; }

    public Tense Tense { get; init; }
}
