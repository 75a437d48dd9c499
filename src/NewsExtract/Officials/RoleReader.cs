namespace NewsExtract.Officials;

/// <summary>
/// Reads the role around a name: before it ("Kremlin aide Arkady Volkhov", "Liberal Democrat
/// spokeswoman for housing Tessa Rennick") or in an apposition after it ("Hugh Penrose, director general
/// of the Federation of Harbour Pilots,"). This part reads the words before the name; the apposition
/// and the affiliation readers are in RoleReader.Apposition.cs and RoleReader.Affiliation.cs.
/// </summary>
internal static partial class RoleReader
{
    private const int MaxUnknownWords = 2;

    /// <summary>The role in the words that end just before token <paramref name="first"/>.</summary>
    public static Role Before(TokenView v, int first)
    {
        var p = first - 1;
        var lastHead = -1;
        var unknown = 0;
        var leftmost = first;
        string? exAffiliation = null;
        while (p >= 0 && v.IsWord(p) && !v[p].Possessive)
        {
            var word = StripPrefix(v.Word(p));
            if (word.Length < v.Word(p).Length && leftmost < first && Known(word) is { } former)
            {
                // "ex-Tory education secretary": a former affiliation.
                exAffiliation = former;
                break;
            }

            // "ex-Corvane boss": an organisation after the prefix, read below as a former affiliation.
            if (word.Length < v.Word(p).Length && leftmost < first && char.IsUpper(word[0]) && !OfficialLexicon.IsTitleWord(word))
            {
                break;
            }

            // "old rival Home Secretary Ewan Strachan": a lower-case role before a capitalised one is another role.
            if (OfficialLexicon.IsTitleHead(word) && !v.IsCapitalised(p) && !OfficialLexicon.IsTitleModifier(word) && CapitalisedRoleSoFar(v, leftmost, first))
            {
                break;
            }

            // A capitalised organisation word right before a name without a given name belongs to it: "director of
            // Group Vantor" (but "Secretary of Labor Dwight Harlan").
            var partOfName = p == first - 1 && OfficialLexicon.IsOrgWord(word) && v.GivenName(first) == '\0';
            if (OfficialLexicon.IsTitleWord(word) && !(v.IsCapitalised(p) && (Known(word) is not null || partOfName)))
            {
                if (lastHead < 0 && OfficialLexicon.IsTitleHead(word))
                {
                    lastHead = p;
                }

                leftmost = p;
                p--;
                continue;
            }

            // "chairman and chief executive", "Trade and Industry Secretary", "spokeswoman for housing"; but two
            // capitalised roles are two persons' ("the King and Princess Amelia").
            if (word is "and" or "for" or "of" && leftmost < first && v.IsWord(p - 1) && OfficialLexicon.IsTitleWord(v.Word(p - 1))
                && !(word is "and" && v.IsCapitalised(p - 1) && !v[p - 1].SentenceStart && OfficialLexicon.IsTitleHead(v.Word(p - 1))))
            {
                leftmost = p;
                p--;
                continue;
            }

            if (v.IsLower(p) && unknown < MaxUnknownWords && !v.IsFunction(p) && !v.IsSpeechVerb(p)
                && !v.Word(p).EndsWith("ing", StringComparison.Ordinal) && !v.Word(p).EndsWith("ed", StringComparison.Ordinal)
                && !OfficialLexicon.IsHyphenAdjective(v.Word(p)) && !CapitalisedRoleSoFar(v, leftmost, first))
            {
                unknown++;
                leftmost = p;
                p--;
                continue;
            }

            break;
        }

        // "No 10 media chief", "Ex-No 10 press chief": a listed affiliation written with a number ends the role's words.
        string? numbered = null;
        if (exAffiliation is null && leftmost < first && p >= 1 && !v.IsWord(p) && v.IsWord(p - 1) && v.Adjacent(p - 1, p)
            && Known(string.Concat(StripPrefix(v.Word(p - 1)), " ", v.Text.AsSpan(v[p].Start, v[p].End - v[p].Start))) is { } known)
        {
            if (StripPrefix(v.Word(p - 1)).Length < v.Word(p - 1).Length)
            {
                exAffiliation = known;
            }
            else
            {
                numbered = known;
            }
        }

        // Words of unknown kind only stay when something that can open a role bounds them.
        while (leftmost < first && !IsKnownTitleToken(v, leftmost) && (!GoodLeftBoundary(v, leftmost - 1) || IsVerbForm(v.Word(leftmost)) || HasVerbFormBefore(v, leftmost, first)))
        {
            leftmost++;
        }

        while (leftmost < first && v.Word(leftmost) is "and" or "for" or "of")
        {
            leftmost++;
        }

        var head = LastHead(v, leftmost, first);
        if (head < 0 || !ComplementOnly(v, head + 1, first) || IsLoneWeakRole(v, leftmost, first - 1))
        {
            // "Labour's Nadia Hollins", "Liberal Democrat Ruth Pendle": an affiliation without a title.
            if (v.IsCapitalised(first - 1) && (v[first - 1].Possessive || Known(v.Word(first - 1)) is not null))
            {
                var (bare, _) = AffiliationEndingAt(v, first - 1);
                return new Role(null, bare);
            }

            return Role.None;
        }

        var title = TitleText(v, leftmost, first - 1);
        if (exAffiliation is not null)
        {
            return new Role("former " + title, exAffiliation);
        }

        var (affiliation, affStart) = AffiliationEndingAt(v, leftmost - 1);
        affiliation ??= numbered ?? ItsOrganisation(v, leftmost - 1);

        // "ex-Downing Street media chief": a prefixed word opens a former affiliation.
        var exStart = affStart > 0 ? affStart - 1 : leftmost - 1;
        if ((affiliation is not null || exStart == leftmost - 1) && exStart >= 0 && v.IsWord(exStart) && (exStart == leftmost - 1 || v.Adjacent(exStart, affStart))
            && StripPrefix(v.Word(exStart)) is { Length: > 0 } exWord && exWord.Length < v.Word(exStart).Length && char.IsUpper(exWord[0])
            && !OfficialLexicon.IsTitleWord(exWord))
        {
            var rest = affiliation is null ? string.Empty : " " + v.Slice(affStart, leftmost - 1);
            return new Role("former " + title, Normalise(string.Concat(exWord, rest)));
        }

        // "former Tory treasurer", "Former Corvex boss": a modifier before the affiliation still belongs to the title.
        if (affiliation is not null && affStart >= 0 && v.Word(affStart) is "Former" or "Ex" && affStart < leftmost - 1)
        {
            affiliation = Normalise(v.Slice(affStart + 1, leftmost - 1));
            title = "former " + title;
        }
        else if (affiliation is not null && affStart > 0 && v.IsWord(affStart - 1) && v.Word(affStart - 1) is "former" or "Former" or "ex" or "then" or "late")
        {
            title = v.Word(affStart - 1).ToString().ToLowerInvariant() + " " + title;
        }

        return new Role(title, affiliation);
    }

    /// <summary>"of Hallam Brandt Oberholzer" right after a name: the organisation of a role read before it.</summary>
    public static string? OfOrganisation(TokenView v, int end)
    {
        if (!v.IsWord(end) || v.Word(end) is not ("of" or "at"))
        {
            return null;
        }

        var (org, _) = CapitalRun(v, end + 1);
        return org;
    }

    // "its" before a role: the organisation just before it ("Halvard Shipping and its founder", "Halvard, its
    // founder"), or the one that opens the sentence when no other name stands between ("Halvard says its founder").
    private static string? ItsOrganisation(TokenView v, int index)
    {
        if (!v.IsWord(index) || v.Word(index) is not "its")
        {
            return null;
        }

        var joined = index - 1;
        if (v.IsPunct(joined, ',') || (v.IsWord(joined) && v.Word(joined) is "and"))
        {
            var end = joined - 1;
            var start = end;
            while (start > 0 && v.IsCapitalised(start - 1) && v.Adjacent(start - 1, start) && !v[start].SentenceStart)
            {
                start--;
            }

            return OrganisationAt(v, start, end + 1);
        }

        var first = index;
        while (first > 0 && !v[first].SentenceStart)
        {
            first--;
        }

        var (org, next) = OrganisationAt(v, first, index) is not null ? CapitalRun(v, first) : (null, first);
        for (var i = next; i < index; i++)
        {
            if (v.IsCapitalised(i))
            {
                return null;
            }
        }

        return org is not null && next < index && v.IsLower(next) ? org : null;
    }

    // A capitalised run that may name an organisation: not a person's name, a pronoun or a role.
    private static string? OrganisationAt(TokenView v, int start, int end)
    {
        if (start < 0 || start >= end || !v.IsCapitalised(start) || v.IsFunction(start) || v.IsHonorific(start)
            || v.GivenName(start) != '\0' || OfficialLexicon.IsTitleWord(v.Word(start)))
        {
            return null;
        }

        var (org, next) = CapitalRun(v, start);
        return next == end ? org : next < end && v.IsLower(next) ? org : null;
    }

    // The role read so far is a capitalised one ("Prime Minister", "Chancellor"), not at a sentence start.
    private static bool CapitalisedRoleSoFar(TokenView v, int leftmost, int first)
    {
        for (var i = leftmost; i < first; i++)
        {
            if (OfficialLexicon.IsTitleHead(v.Word(i)))
            {
                return v.IsCapitalised(i) && !v[i].SentenceStart;
            }
        }

        return false;
    }

    private static int SkipLowerWords(TokenView v, int p)
    {
        var end = p;
        while (end - p < 4 && v.IsLower(end) && !v.IsFunction(end) && !v.IsSpeechVerb(end))
        {
            end++;
        }

        return end;
    }

    // A capitalised adjective: hyphenated with a lower-case part ("Four-time") or an ordinary word opening the sentence.
    private static bool IsAdjective(TokenView v, int index)
    {
        var word = v.Word(index);
        var hyphen = word.IndexOf('-');
        if (hyphen > 0 && hyphen < word.Length - 1 && char.IsLower(word[hyphen + 1]))
        {
            return true;
        }

        return v[index].SentenceStart && !v.IsAllCaps(index) && Known(word) is null
            && (v.Vocabulary.ContainsLowerForm(word) || word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal));
    }

    // "Olympic champion", "Rock star", "Local councillor": one capitalised word that is an ordinary word
    // (it opens the sentence and the article writes it in lower case, or it has an adjective's ending) names no body.
    private static bool IsPlausibleOneWordBody(TokenView v, int index)
    {
        var word = v.Word(index);
        if (word.Length < 2)
        {
            return false;
        }

        return v.IsAllCaps(index) || Known(word) is not null || !IsOrdinaryWord(v, index);
    }

    private static bool IsOrdinaryWord(TokenView v, int index)
    {
        var word = v.Word(index);
        return (v[index].SentenceStart && v.Vocabulary.ContainsLowerForm(word)) || word.EndsWith("ic", StringComparison.Ordinal)
            || word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ous", StringComparison.Ordinal)
            || word.EndsWith("ive", StringComparison.Ordinal) || word.EndsWith("ful", StringComparison.Ordinal);
    }

    private static string Capitalise(ReadOnlySpan<char> word) => string.Concat(char.ToUpperInvariant(word[0]).ToString(), word[1..]);

    // An apposition closes at punctuation, the end, or a verb of speech or a clause.
    private static bool Closes(TokenView v, int p) =>
        p >= v.Count || !v.IsWord(p) || v.IsSpeechVerb(p) || v.Word(p) is "and" or "who" or "in" or "at" or "has" or "is" or "was" or "had" or "on";

    // "ex-chief", "co-founder" read as the role word after the prefix; "co-chairman" is itself listed.
    private static ReadOnlySpan<char> StripPrefix(ReadOnlySpan<char> word)
    {
        if (word.Length > 3 && (word.StartsWith("ex-") || word.StartsWith("Ex-")) && !OfficialLexicon.IsTitleWord(word))
        {
            return word[3..];
        }

        return word;
    }

    // Unknown words stay only if none of them (up to the role) is a verb form: "cast includes actors".
    private static bool HasVerbFormBefore(TokenView v, int from, int to)
    {
        for (var i = from; i < to && !IsKnownTitleToken(v, i); i++)
        {
            if (IsVerbForm(v.Word(i)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsKnownTitleToken(TokenView v, int index) => OfficialLexicon.IsTitleWord(StripPrefix(v.Word(index)));

    // "including", "pressured", "includes": verb forms never qualify a role ("blues" is lost with them).
    private static bool IsVerbForm(ReadOnlySpan<char> word) =>
        word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal)
        || (word.EndsWith("s", StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal));

    // Words of unknown kind join a role only after a function word (not the "to" of a verb), an affiliation
    // or punctuation: "the aviation analyst", "US literary critic", but not "include actors" or "to meet President".
    private static bool GoodLeftBoundary(TokenView v, int index)
    {
        if (index < 0 || !v.IsWord(index))
        {
            return true;
        }

        return (v.IsFunction(index) && v.Word(index) is not "to") || v.IsSpeechVerb(index) || v.IsCapitalised(index) || v[index].Possessive;
    }

    // A lower-case word that may qualify a role: not a function word, verb of speech or verb form.
    private static bool IsPossibleModifier(TokenView v, int index)
    {
        var word = v.Word(index);
        return !v.IsFunction(index) && !v.IsSpeechVerb(index) && !IsVerbForm(word);
    }

    // "general", "player" alone and in lower case are ordinary words.
    private static bool IsLoneWeakRole(TokenView v, int first, int last) =>
        first == last && OfficialLexicon.IsWeakTitle(v.Word(first)) && !v.IsCapitalised(first);

    private static int LastHead(TokenView v, int from, int to)
    {
        for (var i = to - 1; i >= from; i--)
        {
            if (OfficialLexicon.IsTitleHead(v.Word(i)))
            {
                return i;
            }
        }

        return -1;
    }

    // After the last role noun only a complement may follow: "spokeswoman for housing".
    private static bool ComplementOnly(TokenView v, int from, int to)
    {
        if (from >= to)
        {
            return true;
        }

        return v.Word(from) is "for" or "of" && to - from <= 3;
    }

    // The title as worded; a plural role before several names ("actors X and Y") is made singular.
    private static string TitleText(TokenView v, int first, int last)
    {
        var text = v.Slice(first, last);
        var lastWord = v.Word(last);
        if (lastWord.Length > 3 && lastWord[^1] == 's' && !OfficialLexicon.IsListed(lastWord) && OfficialLexicon.IsTitleHead(lastWord))
        {
            text = text[..^1];
        }

        return text;
    }
}
