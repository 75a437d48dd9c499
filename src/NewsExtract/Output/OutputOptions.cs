namespace NewsExtract.Output;

/// <summary>How results are written.</summary>
/// <param name="IncludeText">Adds the article text as the field <c>text</c>.</param>
/// <param name="Kinds">Which fact lists appear in the output.</param>
public sealed record OutputOptions(bool IncludeText = false, FactKinds Kinds = FactKinds.All);
