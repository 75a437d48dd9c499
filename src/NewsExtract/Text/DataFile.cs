using System.Reflection;

namespace NewsExtract.Text;

/// <summary>
/// Reads the embedded word lists and pattern tables (files named <c>Data/*.txt</c> in any folder).
/// Format: UTF-8, one entry per line, fields separated by tabs; blank lines and lines starting
/// with <c>#</c> are ignored. The first comment line of each file states its columns.
/// </summary>
internal static class DataFile
{
    private static readonly Assembly Library = typeof(DataFile).Assembly;

    /// <summary>The rows of a data file, each split into trimmed tab-separated fields.</summary>
    public static IReadOnlyList<string[]> Rows(string fileName)
    {
        using var stream = Library.GetManifestResourceStream("NewsExtract.Data." + fileName)
            ?? throw new InvalidOperationException($"embedded data file '{fileName}' is missing");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fields = line.Split('\t');
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = fields[i].Trim();
            }

            rows.Add(fields);
        }

        return rows;
    }

    /// <summary>The first field of every row, as a set.</summary>
    public static HashSet<string> Words(string fileName, StringComparer? comparer = null)
    {
        var set = new HashSet<string>(comparer ?? StringComparer.Ordinal);
        foreach (var row in Rows(fileName))
        {
            set.Add(row[0]);
        }

        return set;
    }

    /// <summary>A map from the first field to the second.</summary>
    public static Dictionary<string, string> Map(string fileName, StringComparer? comparer = null)
    {
        var map = new Dictionary<string, string>(comparer ?? StringComparer.Ordinal);
        foreach (var row in Rows(fileName))
        {
            if (row.Length < 2)
            {
                throw new InvalidOperationException($"data file '{fileName}': row '{row[0]}' has no second field");
            }

            map.TryAdd(row[0], row[1]);
        }

        return map;
    }
}
