namespace NewsExtract.Text;

/// <summary>
/// Reads spelled-out numbers ("twenty-five", "one hundred and twenty", "three million") and ordinal
/// words ("fourth") from the word list in Data/number_words.txt. Shared by the date and count extractors.
/// </summary>
internal static class NumberWords
{
    private enum Role
    {
        Unit,
        Tens,
        Hundred,
        Scale,
        Ordinal,
    }

    private static readonly Dictionary<string, (double Value, Role Role)> Words = Load();
    // The count scanner asks of most words whether they are number words.
    private static readonly WordMap<(double Value, Role Role)> Entries = new(Words);

    private static bool TryGet(ReadOnlySpan<char> word, out (double Value, Role Role) entry) => Entries.TryGet(word, out entry);

    /// <summary>True when <paramref name="word"/> is a cardinal number word ("three", "hundred", "million").</summary>
    public static bool IsCardinal(ReadOnlySpan<char> word) => TryGet(word, out var entry) && entry.Role != Role.Ordinal;

    /// <summary>The value of an ordinal word ("fourth" -> 4, "twenty-first" -> 21), or null.</summary>
    public static int? Ordinal(ReadOnlySpan<char> word)
    {
        var hyphen = word.IndexOf('-');
        if (hyphen > 0 && TryGet(word[..hyphen], out var tens) && tens.Role == Role.Tens
            && TryGet(word[(hyphen + 1)..], out var unit) && unit.Role == Role.Ordinal && unit.Value < 10)
        {
            return (int)(tens.Value + unit.Value);
        }

        return TryGet(word, out var entry) && entry.Role == Role.Ordinal ? (int)entry.Value : null;
    }

    /// <summary>
    /// Reads the longest spelled-out cardinal number at the start of <paramref name="words"/>
    /// (lower-case words; "and" and hyphenated parts allowed). Returns how many words it used and the value.
    /// </summary>
    public static (int WordsUsed, double Value) ReadCardinal(IReadOnlyList<string> words)
    {
        double total = 0, group = 0;
        var used = 0;
        var lastUsed = 0;
        var lastValue = 0d;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word == "and" && used > 0)
            {
                continue;
            }

            if (!TryWord(word, ref group, ref total))
            {
                break;
            }

            used = i + 1;
            lastUsed = used;
            lastValue = total + group;
        }

        return (lastUsed, lastValue);
    }

    private static bool TryWord(string word, ref double group, ref double total)
    {
        var hyphen = word.IndexOf('-');
        if (hyphen > 0)
        {
            // "twenty-five": tens then unit.
            if (Words.TryGetValue(word[..hyphen], out var t) && t.Role == Role.Tens
                && Words.TryGetValue(word[(hyphen + 1)..], out var u) && u.Role == Role.Unit && u.Value < 10)
            {
                group += t.Value + u.Value;
                return true;
            }

            return false;
        }

        if (!Words.TryGetValue(word, out var entry))
        {
            return false;
        }

        switch (entry.Role)
        {
            case Role.Unit or Role.Tens:
                group += entry.Value;
                return true;
            case Role.Hundred:
                group = (group == 0 ? 1 : group) * 100;
                return true;
            case Role.Scale:
                total += (group == 0 ? 1 : group) * entry.Value;
                group = 0;
                return true;
            default:
                return false;
        }
    }

    private static Dictionary<string, (double, Role)> Load()
    {
        var words = new Dictionary<string, (double, Role)>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in DataFile.Rows("number_words.txt"))
        {
            var role = Enum.Parse<Role>(row[2], ignoreCase: true);
            words[row[0]] = (double.Parse(row[1], System.Globalization.CultureInfo.InvariantCulture), role);
        }

        return words;
    }
}
