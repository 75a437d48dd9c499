using NewsExtract.Text;

namespace NewsExtract.Dates.Tagging;

/// <summary>The word lists of the date tagger (Dates/Data/dates_*.txt), loaded once.</summary>
internal static class DateLexicon
{
    private static readonly StringComparer IgnoreCase = StringComparer.OrdinalIgnoreCase;

    /// <summary>Month names and abbreviations: number and use (free, ambiguous, abbrev).</summary>
    public static readonly Dictionary<string, (int Month, string Use)> Months = Load("dates_tag_months.txt", r => (int.Parse(r[1]), r[2]));

    /// <summary>Weekday names: ISO day number (Monday 1) and use (free, abbrev).</summary>
    public static readonly Dictionary<string, (int Day, string Use)> Weekdays = Load("dates_tag_weekdays.txt", r => (int.Parse(r[1]), r[2]));

    public static readonly Dictionary<string, string> Seasons = DataFile.Map("dates_tag_seasons.txt", IgnoreCase);

    public static readonly Dictionary<string, string> DayParts = DataFile.Map("dates_tag_dayparts.txt", IgnoreCase);

    /// <summary>Time units: TIMEX3 code (TS, TM, TH, D, W, F, M, Q, Y, DE, CE).</summary>
    public static readonly Dictionary<string, string> Units = DataFile.Map("dates_tag_units.txt", IgnoreCase);

    /// <summary>Quantity words before a unit: a number, or null for an unknown amount ("several").</summary>
    public static readonly Dictionary<string, double?> Quantities = Load("dates_tag_quantities.txt", r => r[1] == "X" ? (double?)null : double.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture));

    public static readonly Dictionary<string, int> Shifts = Load("dates_tag_shifts.txt", r => int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Modifier words: TIMEX3 mod, or null ("earlier this month" keeps the month).</summary>
    public static readonly Dictionary<string, string?> Mods = Load("dates_tag_mods.txt", r => r[1] == "-" ? null : r[1]);

    public static readonly Dictionary<string, string> Approx = DataFile.Map("dates_tag_approx.txt", IgnoreCase);

    /// <summary>today, yesterday...: days from the reference date and part of day.</summary>
    public static readonly Dictionary<string, (int Days, string? Part)> Deictic = Load("dates_tag_deictic.txt", r => (int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture), r[2] == "-" ? null : r[2]));

    public static readonly Dictionary<string, (string Value, string Use)> SetWords = Load("dates_tag_sets.txt", r => (r[1], r[2]));

    public static readonly Dictionary<string, string> Vague = DataFile.Map("dates_tag_vague.txt", IgnoreCase);

    public static readonly Dictionary<string, string> Holidays = DataFile.Map("dates_tag_holidays.txt", IgnoreCase);

    /// <summary>Words by the role they play next to a temporal expression (temporal, duration, tail, amount).</summary>
    public static readonly Dictionary<string, HashSet<string>> Context = LoadRoles("dates_tag_context.txt");

    /// <summary>Words that mark the tense of the words near them: past, present, future, notpast.</summary>
    public static readonly Dictionary<string, string> Tense = DataFile.Map("dates_tag_tense.txt", IgnoreCase);

    public static bool HasRole(ReadOnlySpan<char> word, string role) =>
        Context.TryGetValue(role, out var set) && set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static Dictionary<string, T> Load<T>(string file, Func<string[], T> parse)
    {
        var map = new Dictionary<string, T>(IgnoreCase);
        foreach (var row in DataFile.Rows(file))
        {
            map.TryAdd(row[0], parse(row));
        }

        return map;
    }

    private static Dictionary<string, HashSet<string>> LoadRoles(string file)
    {
        var roles = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var row in DataFile.Rows(file))
        {
            if (!roles.TryGetValue(row[1], out var set))
            {
                roles[row[1]] = set = new HashSet<string>(IgnoreCase);
            }

            set.Add(row[0]);
        }

        return roles;
    }
}
