namespace NewsExtract.Officials;

/// <summary>
/// The evidence that a name is a person's: an honorific, a role before it or in an apposition, a given
/// name, a verb of speech, or a kinship noun; and the role read around it.
/// </summary>
internal static partial class CandidateFinder
{
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

        // "external auditors Pryor Hallett": a plural role before one name is a firm's, not a person's.
        if (role.Title is not null && !evidence.HasFlag(NameEvidence.Apposition) && IsPluralRole(v, left - 1)
            && !(v.IsWord(c.CoreEnd) && v.Word(c.CoreEnd) is "and") && !v.IsPunct(c.CoreEnd, ','))
        {
            role = Role.None;
        }

        if (role.Title is not null && !evidence.HasFlag(NameEvidence.Apposition))
        {
            evidence |= NameEvidence.TitleBefore;
            c.PluralRole = IsPluralRole(v, left - 1);

            // "Norway's Crown Prince Anders and Crown Princess Elin": a role joined to the last one shares its affiliation.
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
            // "actors Nina Castellano and Sir Hugo Pembridge": the role is shared.
            role = previous.Role;
            evidence |= NameEvidence.TitleBefore;
        }

        // Read once: the honorific's title and the evidence below both ask for it.
        var possessive = v[c.CoreEnd - 1].Possessive;
        var after = possessive ? Role.None : RoleReader.After(v, c.CoreEnd);

        // "Professor Ilse Brankovic", "Sen. Rosa Quintero": the honorific states the title, unless an apposition says more.
        if (role.Title is null && honorificTitle is not null && (possessive || after.Title is null))
        {
            role = new Role(honorificTitle, role.Affiliation);
        }

        if (!possessive)
        {
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
            // "J. Walter Pembroke": an initial before a given name.
            var firstIsGiven = v.GivenName(c.CoreStart) != '\0'
                || (c.First.Length <= 2 && c.First[0] is >= 'A' and <= 'Z' && v.GivenName(c.CoreStart + 1) != '\0');
            if (firstIsGiven)
            {
                evidence |= NameEvidence.GivenName;
            }

            // "X Y said", "said X Y": a speaker is a person, unless the first word may be an ordinary sentence opener,
            // a particle ("Le Matinal said") or a word the article also writes in lower case ("Stage Weekly said").
            var ordinaryWord = IsParticleWord(c.First) || v.Vocabulary.ContainsLowerForm(c.First);
            // "analyst X of Hallam Brandt says": a name after a preposition is not the speaker.
            var governed = v.IsWord(left - 1) && v.Word(left - 1) is "of" or "at" or "from" or "by" or "with" or "for" or "to" or "on" or "in" or "the";
            var speaks = (!v[c.CoreEnd - 1].Possessive && v.IsSpeechVerb(c.CoreEnd) && !governed) || v.IsSpeechVerb(left - 1);
            // At a sentence start the first word may be any capitalised word ("Separately Smith said", "Halloran Media said").
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
        // ("Crown Prince Anders") or has an affiliation ("Brazilian football legend Zeferino"), no article
        // stands before the role ("the Duke Albert"), and the word is no ordinary word of the article.
        // Appositions and post-nominals ("Wigan MP") name persons only with a full name.
        if (c.WordCount == 1 && c.Honorific < 0)
        {
            evidence &= ~NameEvidence.Apposition;
        }

        // The role word must stand right before the name and be a person's ("President Okafor", "striker Tito"),
        // not an organisation's ("regulator Telvera") or a word of a longer name ("General Oats", "Chief Executive").
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

        // "Mr Ferrante's father Salvatore", "Alan Gorringe's wife, Lena": a relative named by given name.
        if (evidence == NameEvidence.None && c.WordCount == 1 && c.Honorific < 0 && v.GivenName(c.CoreStart) != '\0')
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

                // The possessor's last word is a surname unless it stands alone as a given name ("Dougie's wife").
                if (sharesSurname && owner >= 0 && v[owner].Possessive && v.IsCapitalised(owner) && !v.IsAllCaps(owner)
                    && (v.GivenName(owner) == '\0' || (owner > 0 && v.IsCapitalised(owner - 1) && v.Adjacent(owner - 1, owner))))
                {
                    c.ImpliedSurname = v.Word(owner).ToString();
                }
            }
        }

        c.Evidence = evidence;
        c.Role = role;
    }
}
