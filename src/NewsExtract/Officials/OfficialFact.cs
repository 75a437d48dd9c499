using NewsExtract.Text;

namespace NewsExtract.Officials;

/// <summary>One named person of an article, with every mention of them.</summary>
/// <param name="Id">Stable id within the article: p1, p2, ... in order of first mention.</param>
/// <param name="Name">The fullest form of the name the article gives.</param>
/// <param name="Title">The role as worded ("President", "aide"), or null.</param>
/// <param name="Affiliation">Country or organisation of the role ("Ukraine", "Kremlin"), or null.</param>
/// <param name="Mentions">Every mention, in text order.</param>
/// <param name="Rule">Id of the rule that first recognised the person.</param>
public sealed record OfficialFact(
    string Id,
    string Name,
    string? Title,
    string? Affiliation,
    IReadOnlyList<Mention> Mentions,
    string Rule);

/// <summary>One place where a person is named.</summary>
public sealed record Mention(TextSpan Span, string Text);
