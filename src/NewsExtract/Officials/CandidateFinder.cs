namespace NewsExtract.Officials;

/// <summary>
/// Finds the capitalised names of one paragraph in a single left-to-right pass: each maximal run of
/// capitalised words (with particles and initials) is cut into the words before the name (honorific,
/// title, affiliation) and the name itself, and the context is weighed for evidence of a person.
/// </summary>
internal static class CandidateFinder
{
    public static void Find(TokenView v, List<NameCandidate> found)
    {
        var i = 0;
        NameCandidate? previous = null;
        while (i < v.Count)
        {
            if (!v.IsCapitalised(i))
            {
                i++;
                continue;
            }

            var runEnd = RunEnd(v, i);

            // "the hit show Jerry Springer", "the film Frank Capra made": a work, not a person.
            var candidate = v.IsWord(i - 1) && OfficialLexicon.IsWorkNoun(v.Word(i - 1)) ? null : Cut(v, i, runEnd);
            if (candidate is not null)
            {
                Weigh(v, candidate, previous);
                found.Add(candidate);
                previous = candidate;
            }

            i = runEnd;
        }
    }

    // A run goes on over adjacent capitalised words, initials, and lower-case particles between capitals.
    private static int RunEnd(TokenView v, int start)
    {
        var end = start + 1;
        while (end < v.Count && v.Adjacent(end - 1, end))
        {
            if (v.IsCapitalised(end))
            {
                end++;
                continue;
            }

            // One or two particles between capitals: "Charles de Gaulle", "Philip van der Berg".
            if (v.IsWord(end) && OfficialLexicon.IsParticle(v.Word(end)))
            {
                var next = end + 1;
                if (v.IsWord(next) && OfficialLexicon.IsParticle(v.Word(next)) && v.Adjacent(end, next))
                {
                    next++;
                }

                if (v.IsCapitalised(next) && v.Adjacent(next - 1, next))
                {
                    end = next + 1;
                    continue;
                }
            }

            break;
        }

        return end;
    }

    // The name is the longest tail of the run made of name words; what stands before it is context.
    private static NameCandidate? Cut(TokenView v, int runStart, int runEnd)
    {
        // "Margaret Moran MP": a post-nominal role ends the run.
        var postNominal = runEnd - runStart >= 2 && OfficialLexicon.IsPostNominal(v.Word(runEnd - 1)) ? runEnd - 1 : -1;
        if (postNominal >= 0)
        {
            runEnd--;
        }

        var lastWord = v.Word(runEnd - 1);
        if (OfficialLexicon.IsOrgWord(lastWord) || (lastWord.Length >= 2 && v.IsAllCaps(runEnd - 1) && runEnd - runStart >= 2 && !OfficialLexicon.IsNameSuffix(lastWord)))
        {
            return null; // "Hans Christian Andersen Award", "Warner Bros", "Harry Potter DVD": an organisation, a work or a product.
        }

        if (runEnd - runStart >= 2 && OfficialLexicon.Party(v.Slice(runEnd - 2, runEnd - 1)) is not null)
        {
            return null; // "Lib Dems"
        }

        var nameStartsRun = OfficialLexicon.GivenName(v.Word(runStart)) != '\0';
        var k = runEnd - 1;
        while (k >= runStart)
        {
            var word = v.Word(k);
            var isParticle = !v.IsCapitalised(k) || IsParticleWord(word);

            // A role word inside a name that opens with a given name is part of it: "Martin Luther King".
            var roleWord = k < runEnd - 1 && OfficialLexicon.IsTitleWord(word) && !isParticle && OfficialLexicon.GivenName(word) == '\0'
                && !(nameStartsRun && k > runStart && AllNameLike(v, runStart, k));
            // "Lib Dem Norman Baker": a two-word party before the name.
            var party = k > runStart && OfficialLexicon.Party(v.Slice(k - 1, k)) is not null;
            if (party || OfficialLexicon.TryHonorific(word, out _, out _) || OfficialLexicon.IsNonName(word) || OfficialLexicon.IsOrgWord(word)
                || OfficialLexicon.Country(word) is not null || OfficialLexicon.Party(word) is not null || OfficialLexicon.IsHyphenAdjective(word)
                || roleWord)
            {
                break;
            }

            k--;
        }

        var coreStart = k + 1;

        // A name never opens with a particle: "van Gogh" alone is read as "Gogh" with the particle before it.
        while (coreStart < runEnd && !v.IsCapitalised(coreStart))
        {
            coreStart++;
        }

        while (coreStart < runEnd - 1 && IsParticleWord(v.Word(coreStart)) && coreStart > runStart)
        {
            coreStart++;
        }

        if (coreStart >= runEnd)
        {
            return null;
        }

        // An ordinary word that opens a sentence is no part of the name after it: "Nevertheless Franz Ferdinand",
        // "Joining Vera Drake".
        if (runEnd - coreStart >= 2 && v[coreStart].SentenceStart && OfficialLexicon.GivenName(v.Word(coreStart)) == '\0'
            && (v.Vocabulary.ContainsLowerForm(v.Word(coreStart)) || v.Word(coreStart).EndsWith("ing", StringComparison.Ordinal) || v.Word(coreStart).EndsWith("ly", StringComparison.Ordinal)))
        {
            coreStart++;
        }

        // A name runs from its given name when the words before it are ordinary words or descriptions:
        // "Chancellor of the Exchequer Gordon Brown", "Irishmen JP McManus" (but "Bonny Lee Bakley").
        if (OfficialLexicon.GivenName(v.Word(coreStart)) == '\0' && !IsInitial(v.Word(coreStart)))
        {
            for (var g = coreStart; g < runEnd - 1 && IsDescription(v, g); g++)
            {
                if (OfficialLexicon.GivenName(v.Word(g + 1)) != '\0' || IsInitial(v.Word(g + 1)))
                {
                    coreStart = g + 1;
                    break;
                }
            }
        }

        // A lone initial ("Mr P.") is too little to name anyone.
        if (coreStart >= runEnd || (runEnd - coreStart == 1 && (v.Word(coreStart).Length == 1 || (v.Word(coreStart).Length == 2 && v.Word(coreStart)[1] == '.'))))
        {
            return null;
        }

        if (runEnd - coreStart >= 2 && OfficialLexicon.IsNotPerson(v.Text.AsSpan(v[coreStart].Start, v[runEnd - 1].End - v[coreStart].Start)))
        {
            return null;
        }

        var honorific = coreStart > runStart && v.IsHonorific(coreStart - 1) ? coreStart - 1 : -1;
        return new NameCandidate(v, honorific, coreStart, runEnd) { PostNominal = postNominal };
    }

    // "actors", "auditors": a plural role noun (not a listed word ending in s, like "boss").
    private static bool IsPluralRole(TokenView v, int index)
    {
        if (!v.IsWord(index))
        {
            return false;
        }

        var word = v.Word(index);
        return word.Length > 3 && word[^1] == 's' && OfficialLexicon.IsTitleHead(word[..^1]) && !OfficialLexicon.IsListed(word);
    }

    private static bool RoleStartsAfterThe(TokenView v, int left)
    {
        var p = left - 1;
        while (p >= 0 && v.IsWord(p) && (OfficialLexicon.IsTitleWord(v.Word(p)) || v.IsCapitalised(p)) && !v.IsFunction(p))
        {
            p--;
        }

        return v.IsWord(p) && v.Word(p).Equals("the", StringComparison.OrdinalIgnoreCase);
    }

    private static bool AllNameLike(TokenView v, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var word = v.Word(i);
            if (!v.IsCapitalised(i) || OfficialLexicon.IsTitleWord(word) || OfficialLexicon.IsNonName(word) || OfficialLexicon.TryHonorific(word, out _, out _)
                || OfficialLexicon.Country(word) is not null || OfficialLexicon.Party(word) is not null)
            {
                return false;
            }
        }

        return true;
    }

    private static bool OnlyRoleWords(TokenView v, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!v.IsWord(i) || !OfficialLexicon.IsTitleWord(v.Word(i)))
            {
                return false;
            }
        }

        return true;
    }

    // "Irishmen", "Blairite", "Bookmaker", "Under-Secretary": a capitalised word that describes, not names.
    private static bool IsDescription(TokenView v, int index)
    {
        var word = v.Word(index);
        return v[index].SentenceStart || v.Vocabulary.ContainsLowerForm(word) || OfficialLexicon.IsTitleWord(word) || word.Contains('-')
            || word.EndsWith("man", StringComparison.Ordinal) || word.EndsWith("men", StringComparison.Ordinal) || word.EndsWith("ite", StringComparison.Ordinal)
            || word.EndsWith("er", StringComparison.Ordinal) || word.EndsWith("ies", StringComparison.Ordinal) || word.EndsWith("ian", StringComparison.Ordinal)
            || word.EndsWith("ese", StringComparison.Ordinal) || word.EndsWith("ish", StringComparison.Ordinal)
            || word.EndsWith("ans", StringComparison.Ordinal) || word.EndsWith("ons", StringComparison.Ordinal) || word.EndsWith("ers", StringComparison.Ordinal);
    }

    // "J.", "JP", "R": one or two capitals, with or without a dot.
    private static bool IsInitial(ReadOnlySpan<char> word) =>
        word.Length <= 3 && word.Length > 0 && char.IsUpper(word[0]) && (word.Length == 1 || word[^1] == '.' || (word.Length == 2 && char.IsUpper(word[1])));

    private static bool IsParticleWord(ReadOnlySpan<char> word) => word is "Van" or "Von" or "De" or "Al" or "Bin" or "Del" or "Da" or "Di" or "Du" or "La" or "Le";

    private static void Weigh(TokenView v, NameCandidate c, NameCandidate? previous)
    {
        var left = c.Honorific >= 0 ? c.Honorific : c.CoreStart;
        var evidence = NameEvidence.None;
        if (c.Honorific >= 0)
        {
            evidence |= NameEvidence.Honorific;
        }

        var role = RoleReader.Before(v, left);
        var honorificTitle = c.Honorific >= 0 ? OfficialLexicon.HonorificTitle(v.Word(c.Honorific)) : null;

        if (role.Title is null && RoleReader.BeforeComma(v, left, c.PostNominal >= 0 ? c.PostNominal + 1 : c.CoreEnd) is { Title: not null } framed)
        {
            role = framed;
            evidence |= NameEvidence.Apposition;
        }

        if (role.Title is null && c.PostNominal >= 0)
        {
            role = new Role(v.Word(c.PostNominal).ToString(), role.Affiliation);
            evidence |= NameEvidence.Apposition;
        }

        // "external auditors Arthur Andersen": a plural role before one name is a firm's, not a person's.
        if (role.Title is not null && !evidence.HasFlag(NameEvidence.Apposition) && IsPluralRole(v, left - 1)
            && !(v.IsWord(c.CoreEnd) && v.Word(c.CoreEnd) is "and") && !v.IsPunct(c.CoreEnd, ','))
        {
            role = Role.None;
        }

        if (role.Title is not null && !evidence.HasFlag(NameEvidence.Apposition))
        {
            evidence |= NameEvidence.TitleBefore;
            c.PluralRole = IsPluralRole(v, left - 1);

            // "Denmark's Crown Prince Frederik and Crown Princess Mary": a role joined to the last one shares its affiliation.
            if (role.Affiliation is null && previous is not null && previous.View == v && previous.Role.Affiliation is not null
                && v.IsWord(previous.CoreEnd) && v.Word(previous.CoreEnd) is "and" && OnlyRoleWords(v, previous.CoreEnd + 1, left))
            {
                role = role with { Affiliation = previous.Role.Affiliation };
            }

            if (role.Affiliation is null && RoleReader.OfOrganisation(v, c.CoreEnd) is { } org)
            {
                role = role with { Affiliation = org };
            }
        }
        else if (previous is not null && previous.View == v && previous.CoreEnd == left - 1 && v.IsWord(left - 1) && v.Word(left - 1) is "and"
            && previous.Role.Title is not null && previous.Evidence.HasFlag(NameEvidence.TitleBefore) && previous.PluralRole)
        {
            // "actors Harvey Keitel and Sir Roger Moore": the role is shared.
            role = previous.Role;
            evidence |= NameEvidence.TitleBefore;
        }

        // "Professor Joni Lovenduski", "Sen. Maria Delgado": the honorific states the title, unless an apposition says more.
        if (role.Title is null && honorificTitle is not null && (v[c.CoreEnd - 1].Possessive || RoleReader.After(v, c.CoreEnd).Title is null))
        {
            role = new Role(honorificTitle, role.Affiliation);
        }

        if (!v[c.CoreEnd - 1].Possessive)
        {
            var after = RoleReader.After(v, c.CoreEnd);
            if (after.Title is not null)
            {
                evidence |= NameEvidence.Apposition;
                role = role.Title is null ? after : role;
            }
            else if (after.Affiliation is not null && role.Affiliation is null)
            {
                role = role with { Affiliation = after.Affiliation };
            }
        }

        var acronym = true;
        for (var i = c.CoreStart; i < c.CoreEnd; i++)
        {
            acronym &= v.IsAllCaps(i);
        }

        if (c.WordCount >= 2 && !acronym)
        {
            // "J. Robert Haines": an initial before a given name.
            var firstIsGiven = OfficialLexicon.GivenName(c.First) != '\0'
                || (c.First.Length <= 2 && c.First[0] is >= 'A' and <= 'Z' && OfficialLexicon.GivenName(c.Word(1)) != '\0');
            if (firstIsGiven)
            {
                evidence |= NameEvidence.GivenName;
            }

            // "X Y said", "said X Y": a speaker is a person, unless the first word may be an ordinary sentence opener,
            // a particle ("Le Figaro said") or a word the article also writes in lower case ("Screen Daily said").
            var ordinaryWord = IsParticleWord(c.First) || v.Vocabulary.ContainsLowerForm(c.First);
            // "analyst X of Dresdner Kleinwort says": a name after a preposition is not the speaker.
            var governed = v.IsWord(left - 1) && v.Word(left - 1) is "of" or "at" or "from" or "by" or "with" or "for" or "to" or "on" or "in" or "the";
            var speaks = (!v[c.CoreEnd - 1].Possessive && v.IsSpeechVerb(c.CoreEnd) && !governed) || v.IsSpeechVerb(left - 1);
            // At a sentence start the first word may be any capitalised word ("Separately Smith said", "Time Warner said").
            if (speaks && (firstIsGiven || (!v[c.CoreStart].SentenceStart && !ordinaryWord) || c.Honorific >= 0))
            {
                evidence |= NameEvidence.SpeechSubject;
            }
        }

        if (acronym && c.Honorific < 0)
        {
            evidence = NameEvidence.None;
        }

        // A single word named by a role alone must be a person's: the role is capitalised in the name
        // ("Crown Prince Frederik") or has an affiliation ("Brazilian soccer legend Pele"), no article
        // stands before the role ("the Queen Vic"), and the word is no ordinary word of the article.
        // Appositions and post-nominals ("Salford MP") name persons only with a full name.
        if (c.WordCount == 1 && c.Honorific < 0)
        {
            evidence &= ~NameEvidence.Apposition;
        }

        // The role word must stand right before the name and be a person's ("President Bush", "striker Ronaldo"),
        // not an organisation's ("regulator Ofcom") or a word of a longer name ("General Mills", "Chief Executive").
        if (c.WordCount == 1 && c.Honorific < 0 && evidence == NameEvidence.TitleBefore)
        {
            var head = v.IsWord(left - 1) && v.Adjacent(left - 1, left) && OfficialLexicon.IsTitleHead(v.Word(left - 1))
                && !OfficialLexicon.IsWeakTitle(v.Word(left - 1)) && !OfficialLexicon.IsOrgCapableTitle(v.Word(left - 1));
            var capitalisedRole = head && v.IsCapitalised(left - 1);
            if (!head || (!capitalisedRole && role.Affiliation is null) || RoleStartsAfterThe(v, left) || v.Vocabulary.ContainsLowerForm(c.First)
                || OfficialLexicon.IsTitleWord(c.First))
            {
                evidence = NameEvidence.None;
            }
        }

        // "Mr Conlon's father Giuseppe", "Michael Howard's wife, Sandra": a relative named by given name.
        if (evidence == NameEvidence.None && c.WordCount == 1 && c.Honorific < 0 && OfficialLexicon.GivenName(c.First) != '\0')
        {
            var k = v.IsPunct(c.CoreStart - 1, ',') ? c.CoreStart - 2 : c.CoreStart - 1;
            if (v.IsLower(k) && OfficialLexicon.IsKinship(v.Word(k), out var sharesSurname))
            {
                evidence = NameEvidence.Kinship;
                var owner = k - 1;
                while (owner >= 0 && k - owner <= 2 && v.IsLower(owner) && !v.IsFunction(owner))
                {
                    owner--;
                }

                // The possessor's last word is a surname unless it stands alone as a given name ("Ozzy's wife").
                if (sharesSurname && owner >= 0 && v[owner].Possessive && v.IsCapitalised(owner) && !v.IsAllCaps(owner)
                    && (OfficialLexicon.GivenName(v.Word(owner)) == '\0' || (owner > 0 && v.IsCapitalised(owner - 1) && v.Adjacent(owner - 1, owner))))
                {
                    c.ImpliedSurname = v.Word(owner).ToString();
                }
            }
        }

        c.Evidence = evidence;
        c.Role = role;
    }
}
