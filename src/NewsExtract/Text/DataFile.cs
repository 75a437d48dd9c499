using System.Reflection;
using System.Text;

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
        // The whole file decoded at once and cut by hand: every start-up reads ~300 KB of these files.
        var text = Text(fileName).AsSpan();
        var rows = new List<string[]>();
        while (NextEntry(ref text, out var line))
        {
            var tabs = 0;
            foreach (var c in line)
            {
                tabs += c == '\t' ? 1 : 0;
            }

            var fields = new string[tabs + 1];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = NextField(ref line).ToString();
            }

            rows.Add(fields);
        }

        return rows;
    }

    // Moves past the next line that is an entry (not blank, not a comment) and returns it.
    private static bool NextEntry(ref ReadOnlySpan<char> text, out ReadOnlySpan<char> line)
    {
        while (!text.IsEmpty)
        {
            var end = text.IndexOfAny('\r', '\n');
            line = end < 0 ? text : text[..end];
            text = end < 0 ? [] : text[(end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1))..];
            if (!line.IsEmpty && line[0] != '#' && !line.IsWhiteSpace())
            {
                return true;
            }
        }

        line = [];
        return false;
    }

    // The line's first field, trimmed; the line moves past it and its tab.
    private static ReadOnlySpan<char> NextField(ref ReadOnlySpan<char> line)
    {
        var tab = line.IndexOf('\t');
        var field = (tab < 0 ? line : line[..tab]).Trim();
        line = tab < 0 ? [] : line[(tab + 1)..];
        return field;
    }

    // The file's text, without a byte-order mark.
    private static string Text(string fileName)
    {
        using var stream = Library.GetManifestResourceStream("NewsExtract.Data." + fileName)
            ?? throw new InvalidOperationException($"embedded data file '{fileName}' is missing");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        var content = bytes.AsSpan();
        return Encoding.UTF8.GetString(content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? content[3..] : content);
    }

    /// <summary>The first field of every row, as a set.</summary>
    public static HashSet<string> Words(string fileName, StringComparer? comparer = null)
    {
        var set = new HashSet<string>(comparer ?? StringComparer.Ordinal);
        var text = Text(fileName).AsSpan();
        while (NextEntry(ref text, out var line))
        {
            set.Add(NextField(ref line).ToString());
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
