using NewsExtract.Text;

namespace NewsExtract.Output;

/// <summary>The outcome for one input: the facts of a parsed article, or the error that stopped it.</summary>
/// <param name="Source">The input's path as given (or "-" for standard input).</param>
/// <param name="ReferenceDateSource">option, metadata, dateline or none.</param>
public sealed record ArticleResult(
    string Source,
    DateOnly? ReferenceDate,
    string ReferenceDateSource,
    Article? Article,
    ArticleFacts? Facts,
    InputError? Error)
{
    /// <summary>The dateline that opens the article, when it has one.</summary>
    public Dates.Dateline? Dateline { get; init; }

    /// <summary>Extra fields about the article from outside its text (a manifest's columns), in column order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>>? Metadata { get; init; }

    /// <summary>Whether the input was an HTML page: only then are <see cref="Title"/>, <see cref="Authors"/> and <see cref="Published"/> written.</summary>
    public bool FromHtml { get; init; }

    /// <summary>The page's headline, or null.</summary>
    public string? Title { get; init; }

    /// <summary>The page's authors, in page order.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>The page's publication date, ISO 8601 date or date-time as found, or null.</summary>
    public string? Published { get; init; }

    public static ArticleResult Failed(string source, InputError error) =>
        new(source, null, "none", null, null, error);
}

/// <summary>Why an input could not be processed.</summary>
/// <param name="Code">Stable, machine-readable code: not_found, unreadable, binary, empty, invalid_encoding, too_large, ...</param>
/// <param name="Message">One human-readable line.</param>
public sealed record InputError(string Code, string Message);
