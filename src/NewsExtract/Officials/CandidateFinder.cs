namespace NewsExtract.Officials;

/// <summary>
/// Finds the capitalised names of one paragraph in a single left-to-right pass: each maximal run of
/// capitalised words (with particles and initials) is cut into the words before the name (honorific,
/// title, affiliation) and the name itself, and the context is weighed for evidence of a person.
/// </summary>
internal static partial class CandidateFinder
{
    public static void Find(TokenView v, List<NameCandidate> found)
    {
        var i = 0;
        NameCandidate? previous = null;
        var tokens = v.Tokens;
        while (i < tokens.Length)
        {
            if (!tokens[i].Capitalised)
            {
                i++;
                continue;
            }

            var runEnd = RunEnd(v, i);

            // "the hit show Benny Marlowe", "the film Otto Brandauer made": a work, not a person.
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

            // One or two particles between capitals: "Lucien de Marsac", "Pieter van der Molen".
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
        // "Gwen Tarrant MP": a post-nominal role ends the run.
        var postNominal = runEnd - runStart >= 2 && OfficialLexicon.IsPostNominal(v.Word(runEnd - 1)) ? runEnd - 1 : -1;
        if (postNominal >= 0)
        {
            runEnd--;
        }

        var lastWord = v.Word(runEnd - 1);
        // "Jean de la Tour": a surname after a lower-case particle is a name even when it is also an organisation word.
        var particleSurname = runEnd - runStart >= 3 && v.IsLower(runEnd - 2) && OfficialLexicon.IsParticle(v.Word(runEnd - 2));
        if ((OfficialLexicon.IsOrgWord(lastWord) && !particleSurname) || (runEnd - runStart >= 2 && lastWord.Length >= 2 && v.IsAllCaps(runEnd - 1) && !OfficialLexicon.IsNameSuffix(lastWord)))
        {
            return null; // "Clara Maria Holmgren Award", "Halloran Bros", "Milo Finch DVD": an organisation, a work or a product.
        }

        if (runEnd - runStart >= 2 && OfficialLexicon.Party(v.SliceSpan(runEnd - 2, runEnd - 1)) is not null)
        {
            return null; // "Lib Dems"
        }

        var k = runEnd - 1;
        while (k >= runStart)
        {
            var word = v.Word(k);
            var isParticle = !v.IsCapitalised(k) || IsParticleWord(word);
            if (k > runStart && v.IsLower(k - 1) && OfficialLexicon.IsParticle(v.Word(k - 1)))
            {
                k--; // "de la Tour": the word after a lower-case particle is a surname, whatever else it may be.
                continue;
            }

            // A role word inside a name that opens with a given name is part of it: "Anna Maria Bishop" (the run's first
            // word is looked up only here: most runs are one word, and many are no name at all).
            var roleWord = k < runEnd - 1 && OfficialLexicon.IsTitleWord(word) && !isParticle && v.GivenName(k) == '\0'
                && !(k > runStart && v.GivenName(runStart) != '\0' && AllNameLike(v, runStart, k));
            // "Lib Dem Ruth Pendle": a two-word party before the name.
            var party = k > runStart && OfficialLexicon.Party(v.SliceSpan(k - 1, k)) is not null;
            // "Bill Conti": a given name that opens the run is no organisation word ("Finance Bill").
            var orgWord = OfficialLexicon.IsOrgWord(word) && !(k == runStart && k < runEnd - 1 && v.GivenName(k) != '\0');
            if (party || OfficialLexicon.TryHonorific(word, out _, out _) || OfficialLexicon.IsNonName(word) || orgWord
                || OfficialLexicon.Country(word) is not null || OfficialLexicon.Party(word) is not null || OfficialLexicon.IsHyphenAdjective(word)
                || roleWord)
            {
                break;
            }

            k--;
        }

        var coreStart = k + 1;

        // A name opens with a particle only after an honorific or a role: "Mr van der Berg", "President de la Cruz";
        // otherwise "van Dalen" alone is read as "Dalen" with the particle before it.
        var particlesOpen = coreStart > runStart && (v.IsHonorific(coreStart - 1) || OfficialLexicon.IsTitleWord(v.Word(coreStart - 1)))
            && ParticlesThenName(v, coreStart, runEnd);
        while (!particlesOpen && coreStart < runEnd && !v.IsCapitalised(coreStart))
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

        // An ordinary word that opens a sentence is no part of the name after it: "Nevertheless Greta Halvorsen",
        // "Joining Ruth Calloway".
        if (runEnd - coreStart >= 2 && v[coreStart].SentenceStart && v.GivenName(coreStart) == '\0'
            && (v.Vocabulary.ContainsLowerForm(v.Word(coreStart)) || v.Word(coreStart).EndsWith("ing", StringComparison.Ordinal) || v.Word(coreStart).EndsWith("ly", StringComparison.Ordinal)))
        {
            coreStart++;
        }

        // A name runs from its given name when the words before it are ordinary words or descriptions:
        // "Minister of State for Health Ewan Strachan", "Scotsmen DJ McAvoy" (but "Daisy Mae Pruitt").
        if (!particlesOpen && v.GivenName(coreStart) == '\0' && !IsInitial(v.Word(coreStart)))
        {
            for (var g = coreStart; g < runEnd - 1 && IsDescription(v, g); g++)
            {
                if (v.GivenName(g + 1) != '\0' || IsInitial(v.Word(g + 1)))
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

    /// <summary>"shares in Morgan Hale", "Morgan Hale shares", "Morgan Hale's profits": the name is a company's.</summary>
    public static bool InCompanyContext(NameCandidate c)
    {
        var v = c.View;
        var s = c.CoreStart;
        if (v.IsLower(s - 1) && v.IsWord(s - 2) && v.Adjacent(s - 2, s - 1) && OfficialLexicon.IsCompanyContextBefore(v.Word(s - 2), v.Word(s - 1)))
        {
            return true;
        }

        return v.IsLower(c.CoreEnd) && OfficialLexicon.IsCompanyContextAfter(v.Word(c.CoreEnd));
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

    // "Scotsmen", "Thatcherite", "Bookmaker", "Under-Secretary": a capitalised word that describes, not names.
    private static bool IsDescription(TokenView v, int index)
    {
        var word = v.Word(index);
        return v[index].SentenceStart || v.Vocabulary.ContainsLowerForm(word) || OfficialLexicon.IsTitleWord(word) || word.Contains('-')
            || word.EndsWith("man", StringComparison.Ordinal) || word.EndsWith("men", StringComparison.Ordinal) || word.EndsWith("ite", StringComparison.Ordinal)
            || word.EndsWith("er", StringComparison.Ordinal) || word.EndsWith("ies", StringComparison.Ordinal) || word.EndsWith("ian", StringComparison.Ordinal)
            || word.EndsWith("ese", StringComparison.Ordinal) || word.EndsWith("ish", StringComparison.Ordinal)
            || word.EndsWith("ans", StringComparison.Ordinal) || word.EndsWith("ons", StringComparison.Ordinal) || word.EndsWith("ers", StringComparison.Ordinal);
    }

    // "van der Berg", "de la Tour": lower-case particles, then capitalised words to the end of the run.
    private static bool ParticlesThenName(TokenView v, int from, int runEnd)
    {
        var i = from;
        while (i < runEnd && v.IsLower(i) && OfficialLexicon.IsParticle(v.Word(i)))
        {
            i++;
        }

        return i > from && i < runEnd;
    }

    // "J.", "JP", "R": one or two capitals, with or without a dot.
    private static bool IsInitial(ReadOnlySpan<char> word) =>
        word.Length <= 3 && word.Length > 0 && char.IsUpper(word[0]) && (word.Length == 1 || word[^1] == '.' || (word.Length == 2 && char.IsUpper(word[1])));

    private static bool IsParticleWord(ReadOnlySpan<char> word) => OfficialLexicon.IsCapitalParticle(word);
}
