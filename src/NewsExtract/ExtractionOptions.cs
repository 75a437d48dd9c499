namespace NewsExtract;

/// <summary>What to extract and the date relative expressions resolve against.</summary>
/// <param name="ReferenceDate">
/// The article's date. Null leaves relative dates underspecified ("XXXX-06-02"); the library never reads the clock.
/// </param>
public sealed record ExtractionOptions(DateOnly? ReferenceDate = null, FactKinds Kinds = FactKinds.All);
