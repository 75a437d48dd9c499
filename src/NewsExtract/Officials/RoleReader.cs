using System.Text;

namespace NewsExtract.Officials;

/// <summary>
/// Reads the role around a name: before it ("Kremlin aide Vladimir Medinsky", "Liberal Democrat
/// spokeswoman for women Sandra Gidley") or in an apposition after it ("David Frost, director general
/// of the British Chambers of Commerce,").
/// </summary>
internal static class RoleReader
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

            // "political rival Chancellor Gordon Brown": a lower-case role before a capitalised one is another role.
            if (OfficialLexicon.IsTitleHead(word) && !v.IsCapitalised(p) && !OfficialLexicon.IsTitleModifier(word) && CapitalisedRoleSoFar(v, leftmost, first))
            {
                break;
            }

            // A capitalised organisation word right before a name without a given name belongs to it: "director of
            // Group Menatep" (but "Secretary of Energy Spencer Abraham").
            var partOfName = p == first - 1 && OfficialLexicon.IsOrgWord(word) && OfficialLexicon.GivenName(v.Word(first)) == '\0';
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

            // "chairman and chief executive", "Trade and Industry Secretary", "spokeswoman for women"; but two
            // capitalised roles are two persons' ("the Queen and Prince Philip").
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
            // "Labour's Yvette Cooper", "Liberal Democrat Sarah Teather": an affiliation without a title.
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

        // "former Tory treasurer", "Former Worldcom boss": a modifier before the affiliation still belongs to the title.
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

    /// <summary>The role in an apposition after the name that ends at token <paramref name="end"/> (exclusive).</summary>
    public static Role After(TokenView v, int end) => v.IsPunct(end, ',') ? AppositionFrom(v, end + 1) : Role.None;

    private static Role AppositionFrom(TokenView v, int from)
    {
        var p = from;
        if (v.IsWord(p) && v.Word(p) is "who" && v.IsWord(p + 1) && v.Word(p + 1) is "is" or "was")
        {
            p += 2; // "Edward Leigh, who is chairman of ..."
        }

        if (v.IsWord(p) && v.Word(p) is "the" or "a" or "an" or "his" or "her" or "its" or "their")
        {
            p++;
        }

        // "the company's founder": a possessive common noun stands for the organisation already named.
        if (v.IsLower(p) && v[p].Possessive && OfficialLexicon.IsWorkNoun(v.Word(p)))
        {
            p++;
        }

        string? prefix = null;
        if (v.IsWord(p) && v.Word(p) is "former" or "ex" or "then")
        {
            prefix = v.Word(p).ToString();
            p++;
        }

        var (affiliation, afterAffiliation) = AffiliationStartingAt(v, p);
        if (affiliation is not null && OfficialLexicon.IsOrgWord(v.Word(afterAffiliation - 1)) && Closes(v, afterAffiliation))
        {
            return new Role(null, affiliation); // "Colin Asplin, Blackpool Hotel Association said".
        }

        p = afterAffiliation;
        var start = p;
        var lastHead = -1;
        var unknown = 0;
        while (v.IsWord(p) && !v[p].Possessive)
        {
            var word = StripPrefix(v.Word(p));
            if (OfficialLexicon.IsTitleWord(word) && !(v.IsCapitalised(p) && Known(word) is not null))
            {
                if (OfficialLexicon.IsTitleHead(word))
                {
                    lastHead = p;
                }

                p++;
                continue;
            }

            // "chairman and chief executive", "transport and environment spokesman".
            if (word is "and" && p > start && v.IsWord(p + 1) && OfficialLexicon.IsTitleWord(v.Word(p + 1)) && OfficialLexicon.IsTitleWord(v.Word(p - 1)))
            {
                p++;
                continue;
            }

            if (lastHead < 0 && v.IsLower(p) && unknown < MaxUnknownWords && IsPossibleModifier(v, p))
            {
                unknown++;
                p++;
                continue;
            }

            break;
        }

        if (lastHead < 0 || IsLoneWeakRole(v, start, lastHead))
        {
            return Role.None;
        }

        var titleEnd = lastHead;
        p = lastHead + 1;

        // "head of currency strategy at Bank of America", "director general of the British Chambers of Commerce".
        if (v.IsWord(p) && v.Word(p) is "of" or "for" or "at" or "with" or "to" or "in")
        {
            var q = p + 1;
            var lower = 0;
            while (v.Word(p) is not "in" && v.IsLower(q) && lower < 3 && !v.IsFunction(q) && !v.IsSpeechVerb(q))
            {
                lower++;
                q++;
            }

            if (lower > 0 && v.Word(p) is "of" or "for")
            {
                titleEnd = q - 1;
                p = q;
            }

            // "vice president in Microsoft's security business unit": the possessive organisation.
            if (affiliation is null && v.IsWord(p) && v.Word(p) is "in" or "at" && v.IsCapitalised(p + 1))
            {
                var owner = p + 1;
                while (!v[owner].Possessive && v.IsCapitalised(owner + 1) && v.Adjacent(owner, owner + 1))
                {
                    owner++;
                }

                if (v[owner].Possessive)
                {
                    affiliation = Normalise(v.Slice(p + 1, owner));
                    p = SkipLowerWords(v, owner + 1);
                }
            }

            if (affiliation is null && v.IsWord(p) && v.Word(p) is "of" or "at" or "with" or "to" or "for")
            {
                var r = p + 1;
                if (v.IsWord(r) && v.Word(r) is "the")
                {
                    r++;
                }

                var (org, afterOrg) = CapitalRun(v, r);
                if (org is not null)
                {
                    affiliation = org;
                    p = afterOrg;

                    // "the Commons public accounts committee": lower-case words that finish the body's name.
                    var q2 = p;
                    while (q2 - p < 3 && v.IsLower(q2) && !v.IsFunction(q2) && !v.IsSpeechVerb(q2))
                    {
                        q2++;
                    }

                    if (q2 > p && Closes(v, q2) && OfficialLexicon.IsOrgWord(Capitalise(v.Word(q2 - 1))))
                    {
                        affiliation = Normalise(v.Slice(r, q2 - 1));
                        p = q2;
                    }
                }
            }
        }

        // "former Labour minister and now a European Commissioner": the present role wins.
        if (v.IsWord(p) && v.Word(p) is "and" && v.IsWord(p + 1) && v.Word(p + 1) is "now" && AppositionFrom(v, p + 2) is { Title: not null } now)
        {
            return now;
        }

        if (!Closes(v, p))
        {
            return Role.None;
        }

        var title = TitleText(v, start, titleEnd);
        if (prefix is not null)
        {
            title = prefix + " " + title;
        }

        return new Role(title, affiliation);
    }

    /// <summary>
    /// A title before a comma that the name's own apposition answers:
    /// "The Shadow Secretary of State for the Family, Theresa May, said".
    /// </summary>
    public static Role BeforeComma(TokenView v, int first, int end)
    {
        if (!v.IsPunct(first - 1, ',') || !(v.IsPunct(end, ',') || v.IsSpeechVerb(end)))
        {
            return Role.None;
        }

        var last = first - 2;
        var p = last;
        var head = -1;
        while (p >= 0 && v.IsWord(p) && !v[p].Possessive)
        {
            var word = v.Word(p);
            if (OfficialLexicon.IsTitleWord(word) || (v.IsCapitalised(p) && !v.IsFunction(p)))
            {
                if (head < 0 && OfficialLexicon.IsTitleHead(word))
                {
                    head = p;
                }

                p--;
                continue;
            }

            if (word is "of" or "for" or "the" && p < last && (v.IsCapitalised(p + 1) || v.Word(p + 1) is "the"))
            {
                p--;
                continue;
            }

            break;
        }

        var leftmost = p + 1;
        while (leftmost <= last && v.Word(leftmost) is "of" or "for" or "the")
        {
            leftmost++;
        }

        // The phrase must open with a role word and contain no name-like word before its head.
        if (head < 0 || leftmost > head || !OfficialLexicon.IsTitleWord(v.Word(leftmost)))
        {
            return Role.None;
        }

        for (var i = leftmost; i < head; i++)
        {
            if (!OfficialLexicon.IsTitleWord(v.Word(i)) && v.Word(i) is not "and")
            {
                return Role.None;
            }
        }

        var (affiliation, _) = AffiliationEndingAt(v, leftmost - 1);
        if (head == last)
        {
            return new Role(v.Slice(leftmost, last), affiliation);
        }

        // After the role only "of"/"for" may follow: a role's own words stay in the title
        // ("Secretary of State for the Family"), an organisation or place is the affiliation ("Mayor of London").
        if (v.Word(head + 1) is not ("of" or "for"))
        {
            return Role.None;
        }

        var complement = head + 2;
        while (complement <= last && v.Word(complement) is "the")
        {
            complement++;
        }

        if (complement <= last && !OfficialLexicon.IsTitleWord(v.Word(complement)))
        {
            return new Role(v.Slice(leftmost, head), Normalise(v.Slice(complement, last)));
        }

        return new Role(v.Slice(leftmost, last), affiliation);
    }

    /// <summary>"of Dresdner Kleinwort Wasserstein" right after a name: the organisation of a role read before it.</summary>
    public static string? OfOrganisation(TokenView v, int end)
    {
        if (!v.IsWord(end) || v.Word(end) is not ("of" or "at"))
        {
            return null;
        }

        var (org, _) = CapitalRun(v, end + 1);
        return org;
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

    // After the last role noun only a complement may follow: "spokeswoman for women".
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

    /// <summary>The affiliation whose last token is <paramref name="last"/>: a demonym, party, possessive or organisation name.</summary>
    private static (string? Affiliation, int Start) AffiliationEndingAt(TokenView v, int last)
    {
        if (!v.IsCapitalised(last))
        {
            return (null, -1);
        }

        // Two-word demonyms and parties first: "Liberal Democrat", "South African".
        if (last > 0 && v.IsCapitalised(last - 1) && v.Adjacent(last - 1, last))
        {
            var pair = v.Slice(last - 1, last);
            if (Known(pair) is { } known2)
            {
                return (known2, last - 1);
            }
        }

        // A country that ends an organisation's name is not the affiliation: "Bank of England governor".
        var inName = last > 1 && v.IsWord(last - 1) && v.Word(last - 1) is "of" && v.IsCapitalised(last - 2) && !v.IsFunction(last - 2);
        if (!inName && Known(v.Word(last)) is { } known && !(v[last].SentenceStart && v.IsFunction(last)))
        {
            return (known, last);
        }

        if (OfficialLexicon.IsHyphenAdjective(v.Word(last)) || OfficialLexicon.IsCalendarWord(v.Word(last)))
        {
            return (null, -1);
        }

        var start = last;
        while (start > 0 && v.IsCapitalised(start - 1) && v.Adjacent(start - 1, start) && !v.IsFunction(start - 1))
        {
            start--;
        }

        // "of" and "&" inside an organisation's name: "Bank of America".
        while (start > 1 && v.IsWord(start - 1) && v.Word(start - 1) is "of" or "&" or "and" && v.IsCapitalised(start - 2) && !v.IsFunction(start - 2) && v.Word(start - 2) is not ("Secretary" or "Minister"))
        {
            start -= 2;
            while (start > 0 && v.IsCapitalised(start - 1) && v.Adjacent(start - 1, start) && !v.IsFunction(start - 1))
            {
                start--;
            }
        }

        // Function words and adjectives open no organisation's name: "Four-time", "Aberdeen-based".
        while (start <= last && (v.IsFunction(start) || IsAdjective(v, start)))
        {
            start++;
        }

        // An honorific or a given name opens a person's name, not an organisation's: "Mr Mann's".
        if (start > last || v.IsHonorific(start) || (start < last && v[last].Possessive && OfficialLexicon.GivenName(v.Word(start)) != '\0'))
        {
            return (null, -1);
        }

        if (start == last && !IsPlausibleOneWordBody(v, start))
        {
            return (null, -1);
        }

        var text = v.Slice(start, last);
        return (Normalise(text), start);
    }

    /// <summary>An affiliation that opens an apposition ("BA's chief executive", "Tory co-chairman").</summary>
    private static (string? Affiliation, int Next) AffiliationStartingAt(TokenView v, int first)
    {
        if (!v.IsCapitalised(first))
        {
            return (null, first);
        }

        if (v.IsCapitalised(first + 1) && v.Adjacent(first, first + 1) && Known(v.Slice(first, first + 1)) is { } known2)
        {
            return (known2, first + 2);
        }

        if (Known(v.Word(first)) is { } known)
        {
            return (known, first + 1);
        }

        // A possessive organisation: "BA's", "Menatep Group's".
        var end = first;
        while (!v[end].Possessive && v.IsCapitalised(end + 1) && v.Adjacent(end, end + 1))
        {
            end++;
        }

        if (v[end].Possessive && !OfficialLexicon.IsTitleWord(v.Word(first)) && !v.IsHonorific(first) && OfficialLexicon.GivenName(v.Word(first)) == '\0')
        {
            return (Normalise(v.Slice(first, end)), end + 1);
        }

        if (OfficialLexicon.IsOrgWord(v.Word(end)) && !v[end].Possessive && end > first)
        {
            return (Normalise(v.Slice(first, end)), end + 1); // "Westcliff Traders Association said"
        }

        // "CBI director general", "Blackpool Hotel Association": a name of non-role words before a role or at the end.
        var last = first;
        while (last <= end && !OfficialLexicon.IsTitleWord(v.Word(last)) && !OfficialLexicon.IsNonName(v.Word(last)))
        {
            last++;
        }

        if (last > first)
        {
            var followedByRole = last <= end ? OfficialLexicon.IsTitleWord(v.Word(last)) : v.IsWord(end + 1) && OfficialLexicon.IsTitleWord(v.Word(end + 1));
            var endsWithOrganisation = last > end && OfficialLexicon.IsOrgWord(v.Word(end));
            if (followedByRole || endsWithOrganisation)
            {
                return (Normalise(v.Slice(first, last - 1)), last);
            }
        }

        return (null, first);
    }

    /// <summary>A run of capitalised words with "of", "&amp;", "and" inside: "British Chambers of Commerce".</summary>
    private static (string? Text, int Next) CapitalRun(TokenView v, int first)
    {
        // "lawyer for Mr Begg": a person is no organisation.
        if (!v.IsCapitalised(first) || v.IsFunction(first) || v.IsHonorific(first))
        {
            return (null, first);
        }

        var end = first;
        while (true)
        {
            // A role or an honorific starts another phrase: "Home Office Minister Lord Falconer".
            if (!v[end].Possessive && v.IsCapitalised(end + 1) && v.Adjacent(end, end + 1) && !v.IsHonorific(end + 1)
                && !(OfficialLexicon.IsTitleHead(v.Word(end + 1)) && (v.IsHonorific(end + 2) || (v.IsCapitalised(end + 2) && v.Adjacent(end + 1, end + 2)))))
            {
                end++;
                continue;
            }

            if (!v[end].Possessive && v.IsWord(end + 1) && v.Word(end + 1) is "of" or "&" or "and" && v.IsCapitalised(end + 2) && !v.IsFunction(end + 2))
            {
                end += 2;
                continue;
            }

            break;
        }

        // "the Bank of England in London": places and weekdays after the name are not part of it.
        return (Normalise(v.Slice(first, end)), end + 1);
    }

    private static string? Known(ReadOnlySpan<char> words) => OfficialLexicon.Party(words) ?? OfficialLexicon.Country(words);

    private static string Normalise(string text)
    {
        if (OfficialLexicon.Party(text) is { } party)
        {
            return party;
        }

        if (OfficialLexicon.Country(text) is { } country)
        {
            return country;
        }

        if (!text.Contains("  ", StringComparison.Ordinal) && !text.Contains('\u00A0'))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var part in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(part);
        }

        return builder.ToString();
    }
}
