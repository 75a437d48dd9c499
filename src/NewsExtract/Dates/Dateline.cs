using NewsExtract.Text;

namespace NewsExtract.Dates;

/// <summary>
/// The dateline that opens a wire story: "WASHINGTON, Aug. 7, 1998 (AP) —", "KYIV, Ukraine (BN24) —".
/// </summary>
/// <param name="Span">The whole dateline, up to and including its dash.</param>
/// <param name="Place">The place as written ("KYIV, Ukraine").</param>
/// <param name="Agency">The agency in brackets, or null.</param>
/// <param name="Date">The date when the dateline gives day, month and year; else null.</param>
/// <param name="Value">The date as TIMEX3 value, underspecified when the year is missing ("XXXX-08-07"); else null.</param>
public sealed record Dateline(TextSpan Span, string Text, string Place, string? Agency, DateOnly? Date, string? Value);
