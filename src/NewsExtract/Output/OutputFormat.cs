namespace NewsExtract.Output;

/// <summary>The serialisations the tool writes.</summary>
public enum OutputFormat
{
    /// <summary>One indented JSON object for one input, an array of them for several.</summary>
    Json,

    /// <summary>One compact JSON object per line.</summary>
    JsonLines,

    /// <summary>One CSV row per extracted item, header first.</summary>
    Csv,
}
