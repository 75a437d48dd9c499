using NewsExtract.Text;

namespace NewsExtract.Counts;

/// <summary>A number with what it counts or measures.</summary>
/// <param name="Value">The number (1200 for "1,200"), or null for vague amounts ("several").</param>
/// <param name="Qualifier">exact, at_least, at_most, more_than, less_than, about, vague, or null when plain.</param>
/// <param name="Unit">The thing counted as written ("MPs", "stranded passengers"), a currency sign, "%", a unit.</param>
/// <param name="Kind">count, money, percent, age, year, duration, ordinal, measure, time, score, other.</param>
/// <param name="Rule">Id of the rule that produced it.</param>
public sealed record CountFact(
    TextSpan Span,
    string Text,
    double? Value,
    string? Qualifier,
    string? Unit,
    string Kind,
    string Rule)
{
    /// <summary>Upper bound of a range ("between 500 and 600" -> 600), else null.</summary>
    public double? ValueMax { get; init; }

    /// <summary>ISO 4217 code for money ("GBP"), else null.</summary>
    public string? Currency { get; init; }

    /// <summary>What the count applies to ("each side" in "1,500 detainees from each side"), else null.</summary>
    public string? Scope { get; init; }
}
