using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace NewsExtract.Cli;

/// <summary>
/// A CSV file that lists articles with their reference dates, for batches whose articles carry no
/// date of their own. Columns: <c>path</c> (or <c>source</c>, <c>file</c>), <c>reference_date</c>
/// (or <c>date</c>, YYYY-MM-DD, may be empty), and any others, which pass through to the output as
/// the article's <c>metadata</c>. Paths are relative to the manifest's folder.
/// </summary>
internal sealed class Manifest
{
    private static readonly string[] PathColumns = ["path", "source", "file"];
    private static readonly string[] DateColumns = ["reference_date", "date"];

    private readonly Dictionary<string, ManifestEntry> _byFullPath;

    private Manifest(IReadOnlyList<ManifestEntry> entries)
    {
        Entries = entries;
        _byFullPath = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            _byFullPath.TryAdd(Path.GetFullPath(entry.Path), entry);
        }
    }

    public IReadOnlyList<ManifestEntry> Entries { get; }

    public ManifestEntry? Find(string path) => _byFullPath.GetValueOrDefault(Path.GetFullPath(path));

    /// <summary>Reads a manifest; a malformed one is a usage error, reported with its line.</summary>
    public static Manifest Load(string manifestPath)
    {
        using var reader = new StreamReader(manifestPath);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { DetectDelimiter = false });
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header)
        {
            throw new ManifestException("the manifest is empty: it needs a header row with a path column");
        }

        var pathColumn = FindColumn(header, PathColumns)
            ?? throw new ManifestException("the manifest has no path column (path, source or file)");
        var dateColumn = FindColumn(header, DateColumns);
        var folder = Path.GetDirectoryName(manifestPath) ?? string.Empty;
        var entries = new List<ManifestEntry>();
        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            var path = csv.GetField(pathColumn)?.Trim();
            if (string.IsNullOrEmpty(path))
            {
                throw new ManifestException($"line {line}: empty path");
            }

            DateOnly? date = null;
            var dateText = dateColumn is { } d ? csv.GetField(d)?.Trim() : null;
            if (!string.IsNullOrEmpty(dateText))
            {
                if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    throw new ManifestException($"line {line}: '{dateText}' is not a date of the form YYYY-MM-DD");
                }

                date = parsed;
            }

            var metadata = new List<KeyValuePair<string, string>>();
            for (var i = 0; i < header.Length; i++)
            {
                if (i != pathColumn && i != dateColumn)
                {
                    metadata.Add(new(header[i], csv.GetField(i) ?? string.Empty));
                }
            }

            entries.Add(new ManifestEntry(Path.IsPathRooted(path) ? path : Path.Join(folder, path), date, metadata));
        }

        return new Manifest(entries);
    }

    private static int? FindColumn(string[] header, string[] names)
    {
        for (var i = 0; i < header.Length; i++)
        {
            if (names.Contains(header[i].Trim(), StringComparer.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return null;
    }
}

/// <summary>One manifest row.</summary>
internal sealed record ManifestEntry(string Path, DateOnly? ReferenceDate, IReadOnlyList<KeyValuePair<string, string>> Metadata);

/// <summary>A manifest that cannot be used.</summary>
internal sealed class ManifestException(string message) : Exception(message);
