using NewsExtract.Text;

namespace NewsExtract.Quotes;

/// <summary>What a speaker phrase refers to, as far as the words tell.</summary>
internal enum SpeakerKind : byte
{
    Unknown,
    Person,
    Group,
    Organisation,
}

/// <summary>Grammatical gender a pronoun or a title asks for; Unknown fits either.</summary>
internal enum Gender : byte
{
    Unknown,
    Male,
    Female,
}

/// <summary>Which of the quote word lists a word is in: one lookup per token answers every list.</summary>
[Flags]
internal enum WordClass : ushort
{
    None = 0,
    Determiner = 1 << 0,
    IntroWord = 1 << 1,
    AdverbialStart = 1 << 2,
    ClauseWord = 1 << 3,
    VerbModifier = 1 << 4,
    Pronoun = 1 << 5,
    TitleWord = 1 << 6,
    RoleNoun = 1 << 7,
    MessageNoun = 1 << 8,
    ParticipleAdjective = 1 << 9,
    SpeakerNoun = 1 << 10,
    PhrasalCueStart = 1 << 11,
    Abbreviation = 1 << 12,
}

/// <summary>What the quote word lists say of one word form: its classes and, for a speech verb, its lemma.</summary>
internal readonly record struct LexiconEntry(WordClass Classes, string? Lemma);

/// <summary>The word lists the quote extractor reads (Quotes/Data/quotes_*.txt and the shared speech verbs).</summary>
internal static class QuoteLexicon
{
    /// <summary>Inflected speech verb forms ("said", "warns") mapped to their lemma.</summary>
    public static readonly Dictionary<string, string> SpeechVerbs = DataFile.Map("speech_verbs.txt");

    /// <summary>Lemmas that introduce reported speech and make their subject the current speaker.</summary>
    public static readonly HashSet<string> ReportingLemmas = LoadLemmas(1, "report");

    /// <summary>Lemmas whose reported clause needs "that" ("announced that ...", not "announced a plan").</summary>
    public static readonly HashSet<string> ThatOnlyLemmas = LoadLemmas(2, "that");

    public static readonly Dictionary<string, string> Pronouns = DataFile.Map("quotes_pronouns.txt");

    public static readonly HashSet<string> PronounWords = [.. Pronouns.Keys];

    public static readonly HashSet<string> VerbModifiers = DataFile.Words("quotes_verb_modifiers.txt");

    public static readonly HashSet<string> ClauseWords = DataFile.Words("quotes_clause_words.txt");

    public static readonly HashSet<string> Determiners = DataFile.Words("quotes_determiners.txt");

    public static readonly HashSet<string> IntroWords = DataFile.Words("quotes_intro_words.txt");

    public static readonly HashSet<string> AdverbialStarts = DataFile.Words("quotes_adverbial_starts.txt");

    public static readonly HashSet<string> RoleNouns = DataFile.Words("quotes_role_nouns.txt");

    public static readonly HashSet<string> MessageNouns = DataFile.Words("quotes_message_nouns.txt");

    public static readonly HashSet<string> ParticipleAdjectives = DataFile.Words("quotes_participle_adjectives.txt");

    /// <summary>Two-word cues ("pointed out") mapped to their lemma.</summary>
    public static readonly Dictionary<string, string> PhrasalCues = DataFile.Map("quotes_phrasal_cues.txt");

    public static readonly HashSet<string> TitleWords = DataFile.Words("quotes_title_words.txt");

    public static readonly HashSet<string> OrganisationHeads = DataFile.Words("quotes_org_heads.txt");

    public static readonly Dictionary<string, (SpeakerKind Kind, Gender Gender)> SpeakerNouns = LoadSpeakerNouns();

    public static readonly Dictionary<string, Gender> NameTitles = LoadGendered("quotes_name_titles.txt");

    public static readonly Dictionary<string, Gender> GivenNames = LoadGendered("given_names.txt");

    /// <summary>Abbreviations whose full stop does not end a sentence ("Mr", "Gen").</summary>
    public static readonly HashSet<string> Abbreviations = DataFile.Words("abbreviations.txt");

    // Span lookups into the lists above, made once: the rules look words up without allocating.
    public static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> PronounLookup = Pronouns.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> PhrasalCueLookup = PhrasalCues.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OrganisationHeadLookup = OrganisationHeads.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly Dictionary<string, (SpeakerKind Kind, Gender Gender)>.AlternateLookup<ReadOnlySpan<char>> SpeakerNounLookup =
        SpeakerNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    // Every mention of every official asks for a title before it and a given name.
    private static readonly WordMap<Gender> NameTitleWords = new(NameTitles);

    private static readonly WordMap<Gender> GivenNameWords = new(GivenNames);

    // Every word of the lists above (case as listed) with the classes it belongs to.
    private static readonly WordMap<LexiconEntry> Entries = new(LoadEntries());

    private static readonly WordShapeFilter? CueFilter =
        WordShapeFilter.For([.. SpeechVerbs.Keys, .. PhrasalCues.Keys.Select(key => key[..key.IndexOf(' ')])], ignoreCase: false);

    /// <summary>The classes of <paramref name="word"/> as written (case as listed) and its lemma as a speech verb.</summary>
    public static LexiconEntry Entry(ReadOnlySpan<char> word) => Entries.TryGet(word, out var entry) ? entry : default;

    /// <summary>Whether <paramref name="word"/> is a name title ("Mr", "Lady"), with the gender it shows.</summary>
    public static bool TryNameTitle(ReadOnlySpan<char> word, out Gender gender) => NameTitleWords.TryGet(word, out gender);

    /// <summary>Whether <paramref name="word"/> is a listed given name, with the gender it shows.</summary>
    public static bool TryGivenName(ReadOnlySpan<char> word, out Gender gender) => GivenNameWords.TryGet(word, out gender);

    /// <summary>False when <paramref name="word"/> is surely neither a speech verb form nor the first word of a two-word cue.</summary>
    public static bool MayBeCue(ReadOnlySpan<char> word) => CueFilter is null || CueFilter.MayContain(word);

    public static Gender ParseGender(string value) => value switch
    {
        "m" or "male" => Gender.Male,
        "f" or "female" => Gender.Female,
        _ => Gender.Unknown,
    };

    private static Dictionary<string, LexiconEntry> LoadEntries()
    {
        var entries = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        void Mark(IEnumerable<string> words, WordClass wordClass)
        {
            foreach (var word in words)
            {
                var entry = entries.GetValueOrDefault(word);
                entries[word] = entry with { Classes = entry.Classes | wordClass };
            }
        }

        Mark(Determiners, WordClass.Determiner);
        Mark(IntroWords, WordClass.IntroWord);
        Mark(AdverbialStarts, WordClass.AdverbialStart);
        Mark(ClauseWords, WordClass.ClauseWord);
        Mark(VerbModifiers, WordClass.VerbModifier);
        Mark(PronounWords, WordClass.Pronoun);
        Mark(TitleWords, WordClass.TitleWord);
        Mark(RoleNouns, WordClass.RoleNoun);
        Mark(MessageNouns, WordClass.MessageNoun);
        Mark(ParticipleAdjectives, WordClass.ParticipleAdjective);
        Mark(SpeakerNouns.Keys, WordClass.SpeakerNoun);
        Mark(PhrasalCues.Keys.Select(key => key[..key.IndexOf(' ')]), WordClass.PhrasalCueStart);
        Mark(Abbreviations, WordClass.Abbreviation);
        foreach (var (form, lemma) in SpeechVerbs)
        {
            entries[form] = entries.GetValueOrDefault(form) with { Lemma = lemma };
        }

        return entries;
    }

    private static HashSet<string> LoadLemmas(int column, string value)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in DataFile.Rows("quotes_cue_lemmas.txt"))
        {
            if (row.Length > column && row[column] == value)
            {
                set.Add(row[0]);
            }
        }

        return set;
    }

    private static Dictionary<string, (SpeakerKind, Gender)> LoadSpeakerNouns()
    {
        var map = new Dictionary<string, (SpeakerKind, Gender)>(StringComparer.Ordinal);
        foreach (var row in DataFile.Rows("quotes_speaker_nouns.txt"))
        {
            var kind = row[1] switch
            {
                "person" => SpeakerKind.Person,
                "group" => SpeakerKind.Group,
                _ => SpeakerKind.Organisation,
            };
            map.TryAdd(row[0], (kind, ParseGender(row.Length > 2 ? row[2] : "-")));
        }

        return map;
    }

    private static Dictionary<string, Gender> LoadGendered(string file)
    {
        var map = new Dictionary<string, Gender>(StringComparer.Ordinal);
        foreach (var row in DataFile.Rows(file))
        {
            map.TryAdd(row[0], ParseGender(row.Length > 1 ? row[1] : "-"));
        }

        return map;
    }
}
