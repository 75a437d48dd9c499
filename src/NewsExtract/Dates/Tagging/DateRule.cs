using System.Text.RegularExpressions;

namespace NewsExtract.Dates.Tagging;

/// <summary>How the resolver turns a mention of a rule into a value.</summary>
internal enum MentionKind
{
    /// <summary>Calendar fields as said: year, month, day, weekday, season, quarter, time of day.</summary>
    Calendar,

    /// <summary>A unit shifted from the reference date: "last week", "this year", "the weekend".</summary>
    Relative,

    /// <summary>An amount of units before or after the reference date: "two years ago".</summary>
    Offset,

    /// <summary>A date given relative to an earlier one in the text: "the year-ago quarter".</summary>
    Anaphoric,

    Duration,
    Set,

    /// <summary>PRESENT_REF, PAST_REF, FUTURE_REF words.</summary>
    Vague,
}

/// <summary>One compiled pattern of Data/dates_tag_grammar.txt.</summary>
/// <param name="Context">Extra check on the words around a match (year, duration, amount...), or null.</param>
internal sealed record DateRule(string Id, MentionKind Kind, string Type, Regex Regex, string? Context, int Priority);
