namespace NewsExtract.Html;

/// <summary>What a page says about its article, outside the text.</summary>
/// <param name="Title">The headline, or null.</param>
/// <param name="Authors">The authors' names, in page order, without repeats.</param>
/// <param name="Published">The publication date (ISO date or date-time), or null.</param>
public sealed record HtmlMetadata(string? Title, IReadOnlyList<string> Authors, string? Published);
