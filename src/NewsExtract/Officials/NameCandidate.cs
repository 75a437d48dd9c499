namespace NewsExtract.Officials;

/// <summary>Why a name was taken for a person's: the ids of the rules.</summary>
[Flags]
internal enum NameEvidence
{
    None = 0,
    Honorific = 1,
    TitleBefore = 2,
    Apposition = 4,
    GivenName = 8,
    SpeechSubject = 16,
    Kinship = 32,
}

/// <summary>
/// A capitalised name in a paragraph: its core words (without honorific), the honorific before it,
/// the role read around it and the evidence that it names a person.
/// </summary>
internal sealed class NameCandidate(TokenView view, int honorific, int coreStart, int coreEnd)
{
    private string? _impliedSurname;

    // Built once: introducing, linking and absorbing a name each ask for its words.
    private string[]? _coreWords;

    public TokenView View { get; } = view;

    /// <summary>Token index of "Mr", "Sir", ... right before the core, or -1.</summary>
    public int Honorific { get; } = honorific;

    public int CoreStart { get; } = coreStart;

    /// <summary>Exclusive token index.</summary>
    public int CoreEnd { get; } = coreEnd;

    public int WordCount => CoreEnd - CoreStart;

    /// <summary>Token index of a post-nominal role ("MP", "QC") right after the core, or -1.</summary>
    public int PostNominal { get; init; } = -1;

    public NameEvidence Evidence { get; set; }

    /// <summary>
    /// The surname a relative named by given name alone bears: "Lena" in "Alan Gorringe's wife, Lena".
    /// It completes the person's name but is no part of the mention.
    /// </summary>
    public string? ImpliedSurname
    {
        get => _impliedSurname;
        set
        {
            _impliedSurname = value;
            _coreWords = null;
        }
    }

    /// <summary>The role before the name is plural ("actors X and Y"): names joined by "and" share it.</summary>
    public bool PluralRole { get; set; }

    public Role Role { get; set; }

    /// <summary>The person this name was linked to, once linked.</summary>
    public PersonCluster? Person { get; set; }

    public int MentionStart => View[Honorific >= 0 ? Honorific : CoreStart].Start;

    public int MentionEnd => View[CoreEnd - 1].End;

    public ReadOnlySpan<char> Word(int i) => View.Word(CoreStart + i);

    public string WordText(int i) => View.Word(CoreStart + i).ToString();

    public ReadOnlySpan<char> Surname => View.Word(CoreEnd - 1);

    public ReadOnlySpan<char> First => View.Word(CoreStart);

    /// <summary>'m' or 'f' when the honorific says, else 'x'.</summary>
    public char HonorificGender => Honorific >= 0 && OfficialLexicon.TryHonorific(View.Word(Honorific), out var g, out _) ? g : 'x';

    public bool KeepsHonorific => Honorific >= 0 && OfficialLexicon.TryHonorific(View.Word(Honorific), out _, out var keep) && keep;

    /// <summary>The core words with single spaces.</summary>
    public string CoreText()
    {
        var parts = new string[WordCount];
        for (var i = 0; i < WordCount; i++)
        {
            parts[i] = WordText(i);
        }

        return string.Join(' ', parts);
    }

    /// <summary>
    /// Whether <see cref="CoreText"/> is in <paramref name="set"/>; when the text writes the words with single
    /// spaces, as names mostly are, it is looked up as written and no string is made.
    /// </summary>
    public bool CoreTextIn(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> set)
    {
        for (var i = CoreStart; i < CoreEnd - 1; i++)
        {
            if (View[i + 1].Start - View[i].End != 1 || View.Text[View[i].End] != ' ')
            {
                return set.Contains(CoreText());
            }
        }

        return set.Contains(View.SliceSpan(CoreStart, CoreEnd - 1));
    }

    /// <summary>The core words and any implied surname; the array is shared and must not be changed.</summary>
    public string[] CoreWords() => _coreWords ??= BuildCoreWords();

    private string[] BuildCoreWords()
    {
        var parts = new string[WordCount + (ImpliedSurname is null ? 0 : 1)];
        for (var i = 0; i < WordCount; i++)
        {
            parts[i] = WordText(i);
        }

        if (ImpliedSurname is not null)
        {
            parts[^1] = ImpliedSurname;
        }

        return parts;
    }

    public string Rule => Evidence switch
    {
        _ when Evidence.HasFlag(NameEvidence.TitleBefore) => "official.title-name",
        _ when Evidence.HasFlag(NameEvidence.Apposition) => "official.apposition",
        _ when Evidence.HasFlag(NameEvidence.Honorific) => "official.honorific",
        _ when Evidence.HasFlag(NameEvidence.SpeechSubject) => "official.speech-subject",
        _ when Evidence.HasFlag(NameEvidence.Kinship) => "official.kinship",
        _ => "official.given-name",
    };
}
