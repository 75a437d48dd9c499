namespace NewsExtract.Officials;

/// <summary>Appositions: "X Y, director general of the Federation of Harbour Pilots," and "The Shadow Secretary, X Y,".</summary>
internal static partial class RoleReader
{
    /// <summary>The role in an apposition after the name that ends at token <paramref name="end"/> (exclusive).</summary>
    public static Role After(TokenView v, int end) => v.IsPunct(end, ',') ? AppositionFrom(v, end + 1) : Role.None;

    private static Role AppositionFrom(TokenView v, int from)
    {
        var p = from;
        if (v.IsWord(p) && v.Word(p) is "who" && v.IsWord(p + 1) && v.Word(p + 1) is "is" or "was")
        {
            p += 2; // "Rhodri Vaughan, who is chairman of ..."
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
            return new Role(null, affiliation); // "Dermot Skelly, Morecambe Guest House Society said".
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

        // "head of bond research at Bank of Lisbon", "director general of the Federation of Harbour Pilots".
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

            // "vice president in Corvex's cloud storage division": the possessive organisation.
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

                    // "the Senate public works committee": lower-case words that finish the body's name.
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

        // "former Labour minister and now a UN envoy": the present role wins.
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
    /// "The Shadow Secretary of State for Rural Affairs, Fiona Lusk, said".
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
        // ("Secretary of State for Rural Affairs"), an organisation or place is the affiliation ("Mayor of London").
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
}
