namespace NewsExtract.Officials;

/// <summary>One person being assembled: the fullest name seen and every linked name.</summary>
internal sealed class PersonCluster(NameCandidate first)
{
    public NameCandidate First { get; } = first;

    /// <summary>The words of the fullest name.</summary>
    public string[] Words { get; private set; } = first.CoreWords();

    public bool KeepsHonorific { get; private set; } = first.KeepsHonorific && first.WordCount == 1;

    public string? KeptHonorific { get; private set; } = first.KeepsHonorific && first.WordCount == 1 ? first.View.Word(first.Honorific).ToString() : null;

    public List<NameCandidate> Mentions { get; } = [];

    /// <summary>Known as a relative by given name ("father Giuseppe"): a bare surname names them only when no one else fits.</summary>
    public bool IsRelative { get; } = first.ImpliedSurname is not null;

    /// <summary>Where the last linked mention starts, or -1: names are linked in text order.</summary>
    public int LastMentionStart { get; private set; } = -1;

    public void AddMention(NameCandidate mention)
    {
        Mentions.Add(mention);
        LastMentionStart = mention.MentionStart;
    }

    /// <summary>'m', 'f' or 'x'.</summary>
    public char Gender { get; private set; } = GenderOf(first);

    public string Surname => NameMatcher.Surname(Words);

    /// <summary>The given name, when the fullest name has one.</summary>
    public string? Given => Words.Length >= 2 ? Words[0] : null;

    public string Name => KeptHonorific is not null && Words.Length == 1 ? KeptHonorific + " " + Words[0] : string.Join(' ', Words);

    /// <summary>Takes a longer form of the name ("Gareth Pellow" after "Mr Pellow") and any gender it reveals.</summary>
    public void Absorb(NameCandidate c)
    {
        var words = c.CoreWords();
        if (words.Length > Words.Length)
        {
            Words = words;
            KeptHonorific = null;
            KeepsHonorific = false;
        }

        if (Gender == 'x')
        {
            Gender = GenderOf(c);
        }
    }

    public static char GenderOf(NameCandidate c)
    {
        var g = c.HonorificGender;
        if (g != 'x')
        {
            return g;
        }

        var given = c.WordCount >= 2 || c.ImpliedSurname is not null ? c.View.GivenName(c.CoreStart) : '\0';
        return given is 'm' or 'f' ? given : 'x';
    }
}
