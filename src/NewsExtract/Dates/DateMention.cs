using NewsExtract.Text;

namespace NewsExtract.Dates;

/// <summary>
/// What the text says, before resolution: "weekday 5" (XXXX-WXX-5), "month 6 day 2 of an unknown
/// year" (XXXX-06-02), "the week before the reference date" (REF-1W), with the tense of its sentence.
/// </summary>
/// <param name="Value">The underspecified value (see Data/dates_rules.txt for its forms).</param>
/// <param name="Sentence">Index of the sentence the mention is in, or -1.</param>
internal sealed record DateMention(TextSpan Span, string Text, string Type, string Value, string? Mod, string Rule, Tense Tense, int Sentence);
