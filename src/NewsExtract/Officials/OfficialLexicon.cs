using NewsExtract.Text;

namespace NewsExtract.Officials;

/// <summary>The word lists of the officials extractor (Officials/Data), loaded once.</summary>
internal static class OfficialLexicon
{
    private static readonly HashSet<string> HeadTitles = new(StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> TitleModifiers = new(StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> WeakTitles = new(StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> OrgCapableTitles = new(StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> HyphenSuffixes = DataFile.Words("officials_hyphen_suffixes.txt");
    private static readonly Dictionary<string, (char Gender, bool Keep)> HonorificTable = LoadHonorifics();
    private static readonly Dictionary<string, string> HonorificTitles = LoadHonorificTitles();
    private static readonly Dictionary<string, string> DemonymTable = DataFile.Map("officials_demonyms.txt");
    private static readonly Dictionary<string, string> PartyTable = DataFile.Map("officials_parties.txt");
    private static readonly HashSet<string> OrgWordSet = DataFile.Words("officials_org_words.txt");
    private static readonly HashSet<string> NonNameSet = DataFile.Words("officials_nonnames.txt");
    private static readonly HashSet<string> FunctionWordSet = LoadFunctionWords();
    private static readonly Dictionary<string, char> GivenNameTable = LoadGivenNames();
    private static readonly HashSet<string> CalendarNames = new(
        System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.DayNames.Concat(System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.MonthNames)
            .Where(n => n.Length > 0),
        StringComparer.Ordinal);

    private static readonly Dictionary<string, string> KinshipTable = DataFile.Map("officials_kinship.txt");
    private static readonly HashSet<string> NotPersonSet = DataFile.Words("officials_not_persons.txt");
    private static readonly HashSet<string> WorkNounSet = DataFile.Words("officials_work_nouns.txt");
    private static readonly HashSet<string> PluralVerbSet = DataFile.Words("officials_plural_verbs.txt");
    private static readonly HashSet<string> CompanyBefore = LoadCompanyContext("before");
    private static readonly HashSet<string> CompanyAfter = LoadCompanyContext("after");
    private static readonly HashSet<string> SpeechVerbSet = DataFile.Words("speech_verbs.txt", StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HyphenSuffixLookup = HyphenSuffixes.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KinshipLookup = KinshipTable.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotPersonLookup = NotPersonSet.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PluralVerbLookup = PluralVerbSet.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CompanyBeforeLookup = CompanyBefore.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> HonorificTitleLookup = HonorificTitles.GetAlternateLookup<ReadOnlySpan<char>>();

    // The lists single words are looked up in, which most words of an article fail (set up once the lists are read).
    private static readonly WordSet HeadWords;
    private static readonly WordSet ModifierWords;
    private static readonly WordSet WeakWords;
    private static readonly WordSet OrgCapableWords;
    private static readonly WordMap<(char Gender, bool Keep)> HonorificWords;
    private static readonly WordSet OrgWords;
    private static readonly WordSet NonNameWords;
    private static readonly WordSet FunctionWords;
    private static readonly WordMap<char> GivenWords;
    private static readonly WordSet SpeechWords;
    private static readonly WordSet WorkWords;
    private static readonly WordMap<string> DemonymWords;
    private static readonly WordMap<string> PartyWords;
    private static readonly WordSet ParticleWords;
    private static readonly WordSet CapitalParticleWords;
    private static readonly WordSet HyphenParticleWords;
    private static readonly WordSet CalendarWords;
    private static readonly WordSet CompanyAfterWords;

    // The first words of the phrases before a company's name ("shares" of "shares in"): two words make a phrase only if the first is one.
    private static readonly WordShapeFilter CompanyBeforeFirstWordFilter;

    // Particles inside names ("Pieter van Dalen", "Omar bin Rashed", "al-Rashid"), by where they stand.
    private static readonly HashSet<string> Particles = LoadParticles("word", capitalise: false);
    private static readonly HashSet<string> HyphenParticles = LoadParticles("hyphen", capitalise: false);
    private static readonly HashSet<string> CapitalParticles = LoadParticles("capital", capitalise: true);

    static OfficialLexicon()
    {
        foreach (var row in DataFile.Rows("officials_titles.txt"))
        {
            var kind = row.Length > 1 ? row[1] : "head";
            if (row.Length > 2 && row[2] == "org")
            {
                OrgCapableTitles.Add(row[0]);
            }

            (kind == "modifier" ? TitleModifiers : HeadTitles).Add(row[0]);
            if (kind == "weak")
            {
                WeakTitles.Add(row[0]);
            }
        }

        HeadWords = new(HeadTitles);
        ModifierWords = new(TitleModifiers);
        WeakWords = new(WeakTitles);
        OrgCapableWords = new(OrgCapableTitles);
        HonorificWords = new(HonorificTable);
        OrgWords = new(OrgWordSet);
        NonNameWords = new(NonNameSet);
        FunctionWords = new(FunctionWordSet);
        GivenWords = new(GivenNameTable);
        SpeechWords = new(SpeechVerbSet);
        WorkWords = new(WorkNounSet);
        DemonymWords = new(DemonymTable);
        PartyWords = new(PartyTable);
        ParticleWords = new(Particles);
        CapitalParticleWords = new(CapitalParticles);
        HyphenParticleWords = new(HyphenParticles);
        CalendarWords = new(CalendarNames);
        CompanyAfterWords = new(CompanyAfter);
        CompanyBeforeFirstWordFilter = WordShapeFilter.Of(CompanyBefore.Select(phrase => phrase.Split(' ')[0]), CompanyBefore.Comparer);
    }

    /// <summary>A role noun that can stand before a name ("president", "aide"); plurals ("actors") count.</summary>
    public static bool IsTitleHead(ReadOnlySpan<char> word) =>
        HeadWords.Contains(word)
        || (word.Length > 3 && word[^1] == 's' && HeadWords.Contains(word[..^1]));

    /// <summary>A word that qualifies a role ("former", "shadow", "Foreign") or a role noun.</summary>
    public static bool IsTitleWord(ReadOnlySpan<char> word) => IsTitleHead(word) || IsTitleModifier(word);

    /// <summary>A role noun that is also an ordinary word ("general", "player"): no title on its own in lower case.</summary>
    public static bool IsWeakTitle(ReadOnlySpan<char> word) =>
        WeakWords.Contains(word)
        || (word.Length > 3 && word[^1] == 's' && WeakWords.Contains(word[..^1]));

    /// <summary>"regulator", "leaders": a role noun that also describes organisations ("regulator Telvera").</summary>
    public static bool IsOrgCapableTitle(ReadOnlySpan<char> word)
    {
        return OrgCapableWords.Contains(word)
            || (word.Length > 3 && word[^1] == 's' && OrgCapableWords.Contains(word[..^1]));
    }

    /// <summary>"Oscar-winning", "London-based": a capitalised adjective, never a name or an affiliation.</summary>
    public static bool IsHyphenAdjective(ReadOnlySpan<char> word)
    {
        var hyphen = word.LastIndexOf('-');
        return hyphen > 0 && hyphen < word.Length - 1 && HyphenSuffixLookup.Contains(word[(hyphen + 1)..]);
    }

    /// <summary>"Jr", "Jnr", "III": a suffix that ends a name without being its surname.</summary>
    public static bool IsNameSuffix(ReadOnlySpan<char> word) =>
        word is "Jr" or "Jr." or "Jnr" or "Snr" or "Sr" or "Sr." or "II" or "III" or "IV" or "V" or "VI" or "VII" or "VIII" or "IX"
            or "XI" or "XII" or "XIII" or "XIV" or "XV" or "XVI";

    /// <summary>The word itself is in the role list (not only its singular): "boss", "pensions".</summary>
    public static bool IsListed(ReadOnlySpan<char> word) => HeadWords.Contains(word) || IsTitleModifier(word);

    /// <summary>A weekday or month name ("Monday", "March").</summary>
    public static bool IsCalendarWord(ReadOnlySpan<char> word) => CalendarWords.Contains(word);

    public static bool IsTitleModifier(ReadOnlySpan<char> word) => ModifierWords.Contains(word);

    /// <summary>The honorific's gender ('m', 'f', 'x') and whether it stays in a surname-only name ("Lord Ashbury").</summary>
    public static bool TryHonorific(ReadOnlySpan<char> word, out char gender, out bool keep)
    {
        if (HonorificWords.TryGet(word, out var entry))
        {
            (gender, keep) = entry;
            return true;
        }

        (gender, keep) = ('x', false);
        return false;
    }

    /// <summary>A role written after the name: "Gwen Tarrant MP".</summary>
    public static bool IsPostNominal(ReadOnlySpan<char> word) => word is "MP" or "MEP" or "MSP" or "AM" or "MLA" or "QC" or "KC" or "TD";

    public static bool IsOrgWord(ReadOnlySpan<char> word) => OrgWords.Contains(word);

    public static bool IsNonName(ReadOnlySpan<char> word) => NonNameWords.Contains(word);

    /// <summary>"the", "But", "with": words that bound a role phrase, in any case.</summary>
    public static bool IsFunctionWord(ReadOnlySpan<char> word) => FunctionWords.Contains(word);

    /// <summary>The gender of a common given name ('m', 'f', 'x'), or '\0' when the word is not one.</summary>
    public static char GivenName(ReadOnlySpan<char> word)
    {
        if (GivenWords.TryGet(word, out var g))
        {
            return g;
        }

        // "Jean-Francois", "Mary-Kate": a hyphenated given name opens with one.
        var hyphen = word.IndexOf('-');
        return hyphen > 1 && hyphen < word.Length - 1 && char.IsUpper(word[hyphen + 1]) && GivenWords.TryGet(word[..hyphen], out g) ? g : '\0';
    }

    public static bool IsSpeechVerb(ReadOnlySpan<char> word) => SpeechWords.Contains(word);

    /// <summary>"father", "wife": a kinship noun; <paramref name="sharesSurname"/> when the relative usually bears the possessor's surname.</summary>
    public static bool IsKinship(ReadOnlySpan<char> word, out bool sharesSurname)
    {
        if (KinshipLookup.TryGetValue(word, out var shares))
        {
            sharesSurname = shares == "yes";
            return true;
        }

        sharesSurname = false;
        return false;
    }

    /// <summary>"Morgan Stanley", "Rolls Royce": a name of a firm or brand that looks like a person's.</summary>
    public static bool IsNotPerson(ReadOnlySpan<char> name) => NotPersonLookup.Contains(name);

    /// <summary>"show", "film", "horse": a noun that introduces the name of a work or thing.</summary>
    public static bool IsWorkNoun(ReadOnlySpan<char> word) => WorkWords.Contains(word);

    /// <summary>A lower-case particle that stands as a word inside a name: "van", "der", "de", "bin".</summary>
    public static bool IsParticle(ReadOnlySpan<char> word) => ParticleWords.Contains(word);

    /// <summary>"say", "are": a plural verb, which after a one-word name shows a team or a firm.</summary>
    public static bool IsPluralVerb(ReadOnlySpan<char> word) => PluralVerbLookup.Contains(word);

    /// <summary>"shares in", "stake in": two words before a name (read with one space between) that make it a company's.</summary>
    public static bool IsCompanyContextBefore(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        if (!CompanyBeforeFirstWordFilter.MayContain(first))
        {
            return false;
        }

        var length = first.Length + 1 + second.Length;
        Span<char> words = length <= 128 ? stackalloc char[length] : new char[length];
        first.CopyTo(words);
        words[first.Length] = ' ';
        second.CopyTo(words[(first.Length + 1)..]);
        return CompanyBeforeLookup.Contains(words);
    }

    /// <summary>"shares", "profits": a word after a name (or its possessive) that makes it a company's.</summary>
    public static bool IsCompanyContextAfter(ReadOnlySpan<char> word) => CompanyAfterWords.Contains(word);

    /// <summary>A particle joined to a surname by a hyphen: the "al" of "al-Rashid".</summary>
    public static bool IsHyphenParticle(ReadOnlySpan<char> word) => HyphenParticleWords.Contains(word);

    /// <summary>A capitalised word that may be a particle rather than a name: "Van", "De", "Al".</summary>
    public static bool IsCapitalParticle(ReadOnlySpan<char> word) => CapitalParticleWords.Contains(word);

    /// <summary>The country of a demonym or country name ("Ukrainian" -> "Ukraine"), or null.</summary>
    public static string? Country(ReadOnlySpan<char> words) => DemonymWords.TryGet(words, out var c) ? c : null;

    /// <summary>The short name of a party word ("Tory" -> "Conservatives", "Lib Dem" -> "Liberal Democrats"), or null.</summary>
    public static string? Party(ReadOnlySpan<char> words) => PartyWords.TryGet(words, out var p) ? p : null;

    /// <summary>The role an honorific states ("Sen." -> "Senator", "Prof" -> "Professor"), or null.</summary>
    public static string? HonorificTitle(ReadOnlySpan<char> honorific) =>
        HonorificTitleLookup.TryGetValue(honorific, out var title) ? title : null;

    private static Dictionary<string, string> LoadHonorificTitles()
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in DataFile.Rows("officials_honorifics.txt"))
        {
            if (row.Length > 3 && row[3].Length > 0)
            {
                table[row[0]] = row[3];
            }
        }

        return table;
    }

    private static Dictionary<string, (char, bool)> LoadHonorifics()
    {
        var table = new Dictionary<string, (char, bool)>(StringComparer.Ordinal);
        foreach (var row in DataFile.Rows("officials_honorifics.txt"))
        {
            table[row[0]] = (row.Length > 1 && row[1].Length > 0 ? row[1][0] : 'x', row.Length > 2 && row[2] == "keep");
        }

        return table;
    }

    private static HashSet<string> LoadFunctionWords()
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in DataFile.Rows("officials_nonnames.txt"))
        {
            if (row.Length > 1 && row[1] == "f")
            {
                set.Add(row[0]);
            }
        }

        return set;
    }

    private static HashSet<string> LoadCompanyContext(string where)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in DataFile.Rows("officials_company_context.txt"))
        {
            if (row.Length > 1 && row[1] == where)
            {
                set.Add(row[0]);
            }
        }

        return set;
    }

    private static HashSet<string> LoadParticles(string form, bool capitalise)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in DataFile.Rows("officials_name_particles.txt"))
        {
            if (row.Length > 1 && row[1].Split(',').Contains(form))
            {
                set.Add(capitalise ? char.ToUpperInvariant(row[0][0]) + row[0][1..] : row[0]);
            }
        }

        return set;
    }

    private static Dictionary<string, char> LoadGivenNames()
    {
        var table = new Dictionary<string, char>(StringComparer.Ordinal);
        foreach (var row in DataFile.Rows("given_names.txt"))
        {
            table[row[0]] = row.Length > 1 && row[1].Length > 0 ? row[1][0] : 'x';
        }

        return table;
    }
}
