using NewsExtract.Text;

namespace NewsExtract.Dates;

/// <summary>A temporal expression with its TIMEX3 type and value.</summary>
/// <param name="Type">TIMEX3 type: <c>DATE</c>, <c>TIME</c>, <c>DURATION</c> or <c>SET</c>.</param>
/// <param name="Value">TIMEX3 value ("2025-06-02", "2025-W23-WE", "XXXX-06-02", "P3D", "PAST_REF").</param>
/// <param name="Rule">Id of the rule that produced it.</param>
/// <param name="Mod">TIMEX3 <c>mod</c> (START, MID, END, APPROX, ...) or null.</param>
public sealed record DateFact(TextSpan Span, string Text, string Type, string Value, string Rule, string? Mod = null);
