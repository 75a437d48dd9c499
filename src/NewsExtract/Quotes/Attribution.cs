namespace NewsExtract.Quotes;

/// <summary>Who a quotation is attributed to, by which cue and which rule.</summary>
internal sealed record Attribution(Speaker? Speaker, string? Cue, string Rule, CueEvent? Event);
