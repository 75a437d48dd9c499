using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsExtract.Cli;

/// <summary>
/// Chooses each article's reference date. Precedence: <c>--reference-date</c> (source "option"),
/// the manifest's row ("manifest"), a date in the file name with <c>--date-from-filename</c>
/// ("filename"); otherwise none, and relative dates stay underspecified.
/// </summary>
internal sealed partial class ReferenceDates(DateOnly? option, Manifest? manifest, bool fromFileName)
{
    public (DateOnly? Date, string Source, IReadOnlyList<KeyValuePair<string, string>>? Metadata) For(InputItem item)
    {
        var entry = item.Path is null ? null : manifest?.Find(item.Path);
        if (option is { } date)
        {
            return (date, "option", entry?.Metadata);
        }

        if (entry?.ReferenceDate is { } listed)
        {
            return (listed, "manifest", entry.Metadata);
        }

        if (fromFileName && item.Path is not null && FromFileName(Path.GetFileName(item.Path)) is { } named)
        {
            return (named, "filename", entry?.Metadata);
        }

        return (null, "none", entry?.Metadata);
    }

    /// <summary>The first valid date in a file name: 2025-06-09, 2025_06_09 or 20250609.</summary>
    internal static DateOnly? FromFileName(string fileName)
    {
        foreach (Match match in DateInName().Matches(fileName))
        {
            var digits = match.Groups["y"].Value + match.Groups["m"].Value + match.Groups["d"].Value;
            if (DateOnly.TryParseExact(digits, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?<![0-9])(?<y>(?:19|20)[0-9]{2})(?<sep>[-_]?)(?<m>[01][0-9])\k<sep>(?<d>[0-3][0-9])(?![0-9])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DateInName();
}
