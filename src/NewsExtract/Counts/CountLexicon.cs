using NewsExtract.Text;

namespace NewsExtract.Counts;

/// <summary>The count extractor's word lists (Counts/Data/counts_*.txt), loaded once.</summary>
internal static class CountLexicon
{
    public static readonly WordSet StopWords = new(DataFile.Words("counts_stop_words.txt", StringComparer.OrdinalIgnoreCase));
    public static readonly WordSet NounStop = new(DataFile.Words("counts_noun_stop.txt", StringComparer.OrdinalIgnoreCase));
    public static readonly WordSet Plurals = new(DataFile.Words("counts_plurals.txt", StringComparer.OrdinalIgnoreCase));
    public static readonly WordSet PostposedAdjectives = new(DataFile.Rows("counts_plurals.txt").Where(r => r.Length > 1 && r[1] == "adj").Select(r => r[0]).ToHashSet(StringComparer.OrdinalIgnoreCase));
    public static readonly WordSet ScoreWords = new(DataFile.Words("counts_score_words.txt", StringComparer.OrdinalIgnoreCase));
    public static readonly WordSet LeadingModifiers = new(DataFile.Words("counts_leading_modifiers.txt", StringComparer.OrdinalIgnoreCase));
    public static readonly WordSet Possessives = new(DataFile.Words("counts_possessives.txt", StringComparer.OrdinalIgnoreCase));
    public static readonly WordSet OneBlockers = new(DataFile.Words("counts_one_blockers.txt", StringComparer.OrdinalIgnoreCase));
    public static readonly HashSet<double> Distances = DataFile.Words("counts_distances.txt").Select(w => double.Parse(w, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
    public static readonly WordSet DistanceNouns = new(DataFile.Words("counts_distance_nouns.txt", StringComparer.OrdinalIgnoreCase));
    public static readonly WordSet OnePeople = new(DataFile.Words("counts_one_people.txt", StringComparer.OrdinalIgnoreCase));
    public static readonly WordMap<string> AgeCues = WordMap<string>.Load("counts_age_cues.txt", row => row[1]);
    public static readonly WordSet MoneyVerbs = new(DataFile.Words("counts_money_verbs.txt", StringComparer.OrdinalIgnoreCase));
    public static readonly WordSet Partitive = new(DataFile.Words("counts_partitive.txt", StringComparer.OrdinalIgnoreCase));

    /// <summary>Months and weekdays, case-sensitive so that the modal "may" is not a month.</summary>
    public static readonly WordSet Months = new(DataFile.Words("counts_months.txt", StringComparer.Ordinal));

    public static readonly WordMap<double> Multipliers = WordMap<double>.Load("counts_multipliers.txt", row => double.Parse(row[1], System.Globalization.CultureInfo.InvariantCulture));
    public static readonly WordMap<string> Labels = WordMap<string>.Load("counts_labels.txt", row => row[1]);
    public static readonly WordMap<string> ScopeWords = WordMap<string>.Load("counts_scope_words.txt", row => row[1]);

    /// <summary>Currency signs and codes written before a number.</summary>
    public static readonly WordMap<string> CurrenciesBefore = LoadCurrencies("before");

    /// <summary>Currency words written after a number ("pence", "dollars").</summary>
    public static readonly PhraseTable<string> CurrenciesAfter = PhraseTable<string>.Load("counts_currencies.txt", row => row[2] == "after" ? row[1] : null);

    /// <summary>Unit words after a number and the kind they give it (duration, measure, percent, time).</summary>
    public static readonly PhraseTable<string> Units = PhraseTable<string>.Load("counts_units.txt", row => row[1]);

    public static readonly PhraseTable<string> Qualifiers = PhraseTable<string>.Load("counts_qualifiers.txt", row => row[1]);

    public static readonly PhraseTable<VagueAmount> Vague = PhraseTable<VagueAmount>.Load("counts_vague.txt", row => new VagueAmount(
        row.Length > 1 && row[1].Length > 0 ? double.Parse(row[1], System.Globalization.CultureInfo.InvariantCulture) : null,
        row.Length > 2 && row[2].Length > 0 ? row[2] : null,
        row.Length > 3 && row[3] == "of",
        row.Length > 4 && row[4] == "bare"));

    /// <summary>
    /// Every word that can start an amount in words: the first words of vague amounts, number words,
    /// ordinals, and the "a", "an", "half" of "a million" and "half a million".
    /// </summary>
    public static readonly WordSet Triggers = new(LoadTriggers());

    private static HashSet<string> LoadTriggers()
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "a", "an", "half" };
        foreach (var row in DataFile.Rows("counts_vague.txt"))
        {
            words.Add(row[0].Split(' ')[0]);
        }

        foreach (var row in DataFile.Rows("number_words.txt"))
        {
            words.Add(row[0]);
        }

        return words;
    }

    private static WordMap<string> LoadCurrencies(string position)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in DataFile.Rows("counts_currencies.txt"))
        {
            if (row[2] == position)
            {
                map.TryAdd(row[0], row[1]);
            }
        }

        return new WordMap<string>(map);
    }
}

/// <summary>A vague amount ("thousands of": 1000, at_least, needs "of"; "thousands marched": may stand alone).</summary>
internal sealed record VagueAmount(double? Value, string? Qualifier, bool NeedsOf, bool Bare);
