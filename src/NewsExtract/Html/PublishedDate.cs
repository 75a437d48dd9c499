using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsExtract.Html;

/// <summary>
/// Normalises a publication date as pages write it ("2025-06-09T08:30:00+02:00", "2025-06-09 08:30",
/// "20250609", "Mon, 09 Jun 2025 08:30:00 GMT") to ISO 8601: a date, or a date-time with the offset
/// the page gave. The date is kept as the page's own (local) calendar date, never shifted to UTC.
/// </summary>
internal static partial class PublishedDate
{
    private const int MinYear = 1900;

    private static readonly string[] Rfc1123Formats = ["ddd, d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss 'GMT'", "ddd, d MMM yyyy HH:mm zzz", "d MMM yyyy HH:mm:ss zzz"];

    public static string? Normalise(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw) || raw.Length > 64)
        {
            return null;
        }

        var value = raw.Trim();
        var iso = IsoPattern().Match(value);
        if (iso.Success)
        {
            return FromIso(iso);
        }

        if (CompactDate().Match(value) is { Success: true } compact)
        {
            return Date(compact.Groups[1].Value, compact.Groups[2].Value, compact.Groups[3].Value);
        }

        value = value.Replace("UTC", "+00:00", StringComparison.Ordinal).Replace("GMT", "+00:00", StringComparison.Ordinal);
        if (DateTimeOffset.TryParseExact(value, Rfc1123Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            return parsed.Year < MinYear ? null : parsed.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + Offset(parsed.Offset);
        }

        return null;
    }

    /// <summary>The calendar date of a normalised value.</summary>
    public static DateOnly? DatePart(string? normalised) =>
        normalised is { Length: >= 10 } && DateOnly.TryParseExact(normalised[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    private static string? FromIso(Match iso)
    {
        var date = Date(iso.Groups["y"].Value, iso.Groups["m"].Value, iso.Groups["d"].Value);
        if (date is null || !iso.Groups["h"].Success)
        {
            return date;
        }

        var hour = int.Parse(iso.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(iso.Groups["min"].Value, CultureInfo.InvariantCulture);
        var second = iso.Groups["s"].Success ? int.Parse(iso.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
        if (hour > 23 || minute > 59 || second > 59)
        {
            return date;
        }

        var time = $"{date}T{hour:00}:{minute:00}:{second:00}";
        var zone = iso.Groups["z"].Value;
        return zone switch
        {
            "" => time,
            "Z" or "z" => time + "Z",
            _ => time + zone[..3] + ":" + zone[^2..],
        };
    }

    // Year 1 and other placeholders ("0001-01-01T00:00:00Z") are template defaults, not dates.
    private static string? Date(string year, string month, string day) =>
        DateOnly.TryParseExact($"{year}-{month}-{day}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year >= MinYear
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;

    private static string Offset(TimeSpan offset) =>
        offset == TimeSpan.Zero ? "Z" : (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?:[T ](?<h>\d{2}):(?<min>\d{2})(?::(?<s>\d{2})(?:\.\d{1,9})?)?\s*(?<z>Z|[+-]\d{2}:?\d{2})?)?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"^(\d{4})(\d{2})(\d{2})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex CompactDate();
}
