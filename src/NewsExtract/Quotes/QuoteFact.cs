using NewsExtract.Text;

namespace NewsExtract.Quotes;

/// <summary>A direct quotation or a reported clause, with its speaker.</summary>
/// <param name="Span">The quoted words without the quotation marks.</param>
/// <param name="Type"><c>direct</c> (in quotation marks) or <c>indirect</c> (reported speech).</param>
/// <param name="Speaker">The speaker's fullest name, an organisation, or null.</param>
/// <param name="SpeakerId">The <see cref="Officials.OfficialFact.Id"/> of the speaker, or null.</param>
/// <param name="Cue">The reporting verb as written ("said", "told"), or null.</param>
/// <param name="Rule">Id of the rule that attributed it.</param>
public sealed record QuoteFact(
    TextSpan Span,
    string Text,
    string Type,
    string? Speaker,
    string? SpeakerId,
    string? Cue,
    string Rule);
