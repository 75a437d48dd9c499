using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
namespace NewsExtract.Text;

/// <summary>
/// Scan hints (<see cref="PatternScanner.Analyze"/>) saved in a data file, so start-up reads them
/// instead of analysing the expressions (for the date rules, ~100 KB of them). The file carries a
/// fingerprint of the expressions it was made from: when they change and the file is not remade, it
/// is ignored and the hints are computed (slower start, same results), and the test that compares
/// the file with the expressions fails until it is remade.
/// </summary>
internal static class ScanIndex
{
    private const string FingerprintId = "@fingerprint";

    // Files being read ahead (Preload), each taken by the first Load of it; and the files loaded, which
    // a late Preload leaves alone instead of reading them again for no one.
    private static readonly ConcurrentDictionary<string, Lazy<SavedFile>> ReadAhead = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, bool> Loaded = new(StringComparer.Ordinal);

    /// <summary>
    /// The hints saved in <paramref name="fileName"/>, with the prefix index built from them, or null
    /// when the file was made from other expressions.
    /// </summary>
    public static SavedScan? Load(string fileName, IReadOnlyList<(string Id, string Expression)> expressions)
    {
        Loaded[fileName] = true;
        var file = ReadAhead.TryRemove(fileName, out var ahead) ? ahead.Value : Read(fileName);
        if (file.Fingerprint != Fingerprint(expressions) || !file.Ids.SequenceEqual(expressions.Select(e => e.Id)))
        {
            return null;
        }

        return file.Scan;
    }

    /// <summary>
    /// Reads <paramref name="fileName"/> and builds its prefix index now, for the next <see
    /// cref="Load"/> of it to take: start-up runs this on a second thread while the expressions are
    /// being put together. Thread-safe; reading ahead twice reads once.
    /// </summary>
    /// <param name="fileName">The saved index.</param>
    /// <param name="evenIfLoaded">Read it ahead even when it was loaded before (tests of the read-ahead).</param>
    public static void Preload(string fileName, bool evenIfLoaded = false)
    {
        if (evenIfLoaded || !Loaded.ContainsKey(fileName))
        {
            _ = ReadAhead.GetOrAdd(fileName, name => new Lazy<SavedFile>(() => Read(name))).Value;
        }
    }

    private static SavedFile Read(string fileName)
    {
        var rows = DataFile.Rows(fileName);
        if (rows.Count == 0 || rows[0][0] != FingerprintId || rows[0].Length < 2)
        {
            return new SavedFile(null, [], null);
        }

        var ids = new string[rows.Count - 1];
        var hints = new List<ScanHint>(rows.Count - 1);
        for (var i = 1; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Length != 5)
            {
                return new SavedFile(null, [], null);
            }

            ids[i - 1] = row[0];
            hints.Add(new ScanHint(Strings(row[1]), Strings(row[2]), row[3] == "*" ? null : LengthBound.Parse(row[3]) ?? throw new FormatException($"{fileName}: bad length bound '{row[3]}'"),
                row[4] == "-" ? null : [.. row[4].Split('&').Select(set => Strings(set) ?? throw new FormatException($"{fileName}: bad literal sets '{row[4]}'"))]));
        }

        return new SavedFile(rows[0][1], ids, new SavedScan(hints, PatternScanner.IndexOf(hints)));
    }

    // A saved file as read: its fingerprint and ids (null and none when it is not a scan index).
    private sealed record SavedFile(string? Fingerprint, string[] Ids, SavedScan? Scan);

    /// <summary>The text of the file for <paramref name="expressions"/>, made from <paramref name="source"/>.</summary>
    public static string Write(IReadOnlyList<(string Id, string Expression)> expressions, string source)
    {
        var hints = PatternScanner.Analyze(expressions.Select(e => e.Expression).ToList());
        var text = new StringBuilder();
        text.Append("# id\tprefixes\tliterals\tmax_length\tmore_literals\n");
        text.Append("#\n");
        text.Append("# Made from ").Append(source).Append(", not by hand: NEWSEXTRACT_UPDATE_GOLDEN=1 dotnet test --filter ScanIndex\n");
        text.Append("# For each expression, the strings its matches begin with and the literals one of which every\n");
        text.Append("# match contains, normalised (Text/RegexText.cs), and the bound on a match's length (Text/LengthBound.cs:\n");
        text.Append("# 12+2s+1n+0w is 12 plus twice the longest run of white space plus the longest run of number\n");
        text.Append("# characters); \"*\" none known; then further sets of literals, a match holding one of each set,\n");
        text.Append("# the sets between '&' (\"-\": none). %XXXX is the character of that code.\n");
        text.Append("# A file made from other expressions (the fingerprint) is ignored.\n");
        text.Append(FingerprintId).Append('\t').Append(Fingerprint(expressions)).Append("\t-\t-\t-\n");
        for (var i = 0; i < expressions.Count; i++)
        {
            text.Append(expressions[i].Id).Append('\t').Append(Join(hints[i].Prefixes)).Append('\t').Append(Join(hints[i].Literals))
                .Append('\t').Append(hints[i].MaxLength?.ToString() ?? "*")
                .Append('\t').Append(hints[i].MoreLiterals is { } more ? string.Join("&", more.Select(Join)) : "-").Append('\n');
        }

        return text.ToString();
    }

    // 64-bit FNV-1a over the ids and expressions. It only has to notice an edit, not resist one, and
    // a cryptographic hash would load OpenSSL at start-up (a tenth of a small run's instructions).
    private static string Fingerprint(IReadOnlyList<(string Id, string Expression)> expressions)
    {
        var hash = 14695981039346656037UL;
        foreach (var (id, expression) in expressions)
        {
            hash = Fnv1a(hash, id);
            hash = Fnv1a(hash, "\t");
            hash = Fnv1a(hash, expression);
            hash = Fnv1a(hash, "\n");
        }

        return hash.ToString("x16", CultureInfo.InvariantCulture);
    }

    private static ulong Fnv1a(ulong hash, string text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    private static string Join(IEnumerable<string>? strings) =>
        strings is null ? "*" : string.Join("|", strings.Order(StringComparer.Ordinal).Select(Escape));

    private static string[]? Strings(string field)
    {
        if (field == "*")
        {
            return null;
        }

        var strings = field.Split('|');
        for (var i = 0; i < strings.Length; i++)
        {
            strings[i] = Unescape(strings[i]);
        }

        return strings;
    }

    // Bars, ampersands, percent signs, anything not printable, and a space at either end (where trimming would
    // lose it) as %XXXX; most strings then need no unescaping, which keeps start-up quick.
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '|' or '&' or '%' or '#' || char.IsControl(c) || char.IsSurrogate(c)
                || (char.IsWhiteSpace(c) && (c != ' ' || i == 0 || i == text.Length - 1)))
            {
                escaped.Append('%').Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    private static string Unescape(string text)
    {
        if (!text.Contains('%'))
        {
            return text;
        }

        // A literal with a space at an end (" day") is common: no builder, no number parsing.
        Span<char> plain = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 4 < text.Length && Hex(text.AsSpan(i + 1, 4)) is var code and >= 0)
            {
                plain[length++] = (char)code;
                i += 4;
            }
            else
            {
                plain[length++] = text[i];
            }
        }

        return new string(plain[..length]);
    }

    // The value of four hex digits; -1 when they are not.
    private static int Hex(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            var digit = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiHexDigit(c) ? (c | 0x20) - 'a' + 10 : -1;
            if (digit < 0)
            {
                return -1;
            }

            value = (value * 16) + digit;
        }

        return value;
    }
}

/// <summary>Saved scan hints, one per expression, and the prefix index built from them.</summary>
internal sealed record SavedScan(IReadOnlyList<ScanHint> Hints, PrefixIndex Index);
