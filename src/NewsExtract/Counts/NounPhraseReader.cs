using NewsExtract.Text;

namespace NewsExtract.Counts;

/// <summary>The counted noun phrase after a number: its first token and its head (last) token.</summary>
/// <param name="ProperName">True when every word is capitalised and none is plural ("10 Downing Street").</param>
/// <param name="Idiom">True when the first word is on the noun stop list ("the two sides", "three times").</param>
internal readonly record struct NounPhrase(int First, int Head, bool ProperName, bool Idiom)
{
    /// <summary>True when the head is plural ("soldiers", "people", "aircraft").</summary>
    public bool Plural { get; init; }
}

/// <summary>
/// Finds the counted noun without a tagger: a run of content words ended by a function word, a verb
/// or punctuation. A plural word ends the phrase (English heads come last), unless another plural
/// follows it ("arms dealers"); without a plural, trailing verb-like words are dropped.
/// </summary>
internal static class NounPhraseReader
{
    private const int MaxWords = 6;

    /// <param name="singular">True after "one": the head is the last noun, not a plural inside the phrase ("one police officer").</param>
    public static NounPhrase? Read(string text, List<CountToken> tokens, int start, bool singular = false)
    {
        var t = start;

        // "1,000 more troops": the comparative belongs to the amount, not to the counted noun.
        while (t < tokens.Count && tokens[t].Kind == CountTokenKind.Word && CountLexicon.LeadingModifiers.Contains(Word(text, tokens[t])))
        {
            t++;
        }

        if (t >= tokens.Count || !IsContent(text, tokens[t]))
        {
            return null;
        }

        var first = t;
        if (CountLexicon.NounStop.Contains(Word(text, tokens[first])))
        {
            return new NounPhrase(first, first, false, true);
        }

        var head = -1;
        var last = -1;
        var lastPlural = -1;
        for (; t < tokens.Count && t - first < MaxWords
               && (IsContent(text, tokens[t]) || IsModelNumber(text, tokens, t, first) || IsQuotedModifier(text, tokens, t, first)); t++)
        {
            if (tokens[t].Kind == CountTokenKind.Symbol)
            {
                continue;
            }

            last = t;
            if (tokens[t].Kind == CountTokenKind.Number)
            {
                continue;
            }

            if (!singular && IsPluralHead(text, tokens, t))
            {
                head = t;
                break;
            }

            if (!singular && IsPluralWord(Word(text, tokens[t])) && !char.IsUpper(text[tokens[t].Start]))
            {
                lastPlural = t;
            }
        }

        if (head < 0 && last >= first)
        {
            // "180 small and medium engineering firms": adjectives joined by "and" before the head.
            head = CoordinatedHead(text, tokens, last + 1);
        }

        if (head < 0 && lastPlural >= 0)
        {
            // "54,300 staff worldwide": the plural noun before a trailing modifier.
            head = lastPlural;
        }

        if (head < 0)
        {
            // No plural: drop trailing verbs ("the 280 submitted", "one soldier killed").
            while (last >= first && LooksVerbal(Word(text, tokens[last])))
            {
                last--;
            }

            if (last < first)
            {
                return null;
            }

            head = last;
        }

        var proper = true;
        for (var k = first; k <= head && proper; k++)
        {
            var w = Word(text, tokens[k]);
            proper = tokens[k].Kind == CountTokenKind.Number || char.IsUpper(w[0]) && !IsAcronymPlural(w);
        }

        var plural = IsPluralWord(Word(text, tokens[head]));
        return new NounPhrase(first, head, proper && !plural, false) { Plural = plural };
    }

    // After "and"/"or", a plural head within a few words ends the phrase that began before it.
    private static int CoordinatedHead(string text, List<CountToken> tokens, int conjunction)
    {
        if (conjunction >= tokens.Count || tokens[conjunction].Kind != CountTokenKind.Word
            || !Word(text, tokens[conjunction]).Equals("and", StringComparison.OrdinalIgnoreCase)
            && !Word(text, tokens[conjunction]).Equals("or", StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }

        for (var t = conjunction + 1; t < tokens.Count && t - conjunction <= 4 && IsContent(text, tokens[t]); t++)
        {
            if (IsPluralHead(text, tokens, t))
            {
                return t;
            }
        }

        return -1;
    }

    /// <summary>A word that can be part of a counted noun phrase.</summary>
    public static bool IsContent(string text, CountToken token)
    {
        if (token.Kind != CountTokenKind.Word)
        {
            return false;
        }

        var w = Word(text, token);
        if (CountLexicon.StopWords.Contains(w) && !IsAllCaps(w) || NumberWords.IsCardinal(w) || CountLexicon.Months.Contains(w))
        {
            return false;
        }

        // Words with digits only as capitalised model names ("A321").
        return !w.ContainsAnyInRange('0', '9') || char.IsUpper(w[0]);
    }

    private static bool IsPluralHead(string text, List<CountToken> tokens, int t)
    {
        var w = Word(text, tokens[t]);
        var next = t + 1 < tokens.Count && IsContent(text, tokens[t + 1]) ? Word(text, tokens[t + 1]) : default;
        if (char.IsUpper(w[0]) && !IsAcronymPlural(w) && !CountLexicon.Plurals.Contains(w))
        {
            // "Britons were" is a plural head, "Monte Carlo style casinos" is a name going on.
            return next.IsEmpty && EndsLikePlural(w);
        }

        if (!IsPluralWord(w))
        {
            return false;
        }

        if (CountLexicon.Plurals.Contains(w))
        {
            // "people" ends the phrase, "police officers" and "media chief" go on; in "people dead" the adjective follows.
            return next.IsEmpty || CountLexicon.PostposedAdjectives.Contains(next) && !CountLexicon.PostposedAdjectives.Contains(w);
        }

        // "arms dealers", "wounded soldiers": a second plural takes over as head.
        return next.IsEmpty || !IsPluralWord(next) || char.IsUpper(next[0]);
    }

    // 40,000 new "starter" flats: quotation marks around a modifier inside the phrase.
    private static bool IsQuotedModifier(string text, List<CountToken> tokens, int t, int first) =>
        t > first && tokens[t].Kind == CountTokenKind.Symbol && text[tokens[t].Start] is '"' or '“' or '”' or '\''
        && t + 1 < tokens.Count && IsContent(text, tokens[t + 1]);

    // "six Boeing 747 engines": digits after a capitalised name and before a noun name a model.
    private static bool IsModelNumber(string text, List<CountToken> tokens, int t, int first) =>
        t > first && tokens[t].Kind == CountTokenKind.Number && char.IsUpper(text[tokens[t - 1].Start])
        && tokens[t - 1].Kind == CountTokenKind.Word && t + 1 < tokens.Count && IsContent(text, tokens[t + 1])
        && !text.AsSpan(tokens[t].Start, tokens[t].End - tokens[t].Start).ContainsAny(',', '.');

    public static bool IsPluralWord(ReadOnlySpan<char> w) =>
        CountLexicon.Plurals.Contains(w) || IsAcronymPlural(w) || EndsLikePlural(w);

    // "crisis" and "bonus" are singular, but capitalised "Israelis" and "Hutus" are peoples.
    private static bool EndsLikePlural(ReadOnlySpan<char> w) =>
        w.Length >= 3 && w[^1] == 's' && w[^2] is not ('s' or '\'' or '’') && (char.IsUpper(w[0]) || w[^2] is not ('u' or 'i'));

    // "MPs", "POWs", "CDs": capitals then a lower-case s.
    private static bool IsAcronymPlural(ReadOnlySpan<char> w)
    {
        if (w.Length < 3 || w[^1] != 's')
        {
            return false;
        }

        foreach (var ch in w[..^1])
        {
            if (!char.IsUpper(ch) && !char.IsDigit(ch))
            {
                return false;
            }
        }

        return true;
    }

    // "US", "IT", "WHO" are names, not the function words they spell.
    private static bool IsAllCaps(ReadOnlySpan<char> w) => w.Length >= 2 && !w.ContainsAnyInRange('a', 'z');

    // Verbs and adverbs that may follow the noun: "the 280 submitted", "6,500 annually".
    private static bool LooksVerbal(ReadOnlySpan<char> w) =>
        w.Length > 4 && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ly", StringComparison.Ordinal))
        || w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal);

    private static ReadOnlySpan<char> Word(string text, CountToken token) => text.AsSpan(token.Start, token.End - token.Start);
}
