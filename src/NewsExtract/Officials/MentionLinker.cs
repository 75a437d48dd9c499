namespace NewsExtract.Officials;

/// <summary>Links one name in the text to the person it names, or to nobody.</summary>
internal static class MentionLinker
{
    public static PersonCluster? Link(NameCandidate c, PersonIndex persons)
    {
        if (c.WordCount >= 2)
        {
            return LinkFullName(c, persons);
        }

        if (c.Honorific < 0 && LooksLikeDate(c))
        {
            return null;
        }

        var word = c.Surname;
        var gender = c.HonorificGender;
        PersonCluster? best = null;
        PersonCluster? relative = null;
        foreach (var person in persons.BySurname(word))
        {
            if (!NameMatcher.SameSurname(person.Surname, word))
            {
                continue;
            }

            if (gender != 'x' && person.Gender != 'x' && gender != person.Gender)
            {
                continue;
            }

            // A relative known by given name gets a bare surname only when nobody else fits ("Mrs Gorringe").
            if (person.IsRelative)
            {
                relative ??= person;
                continue;
            }

            best = Recent(best, person, c);
        }

        if ((best ?? relative) is { } found)
        {
            return found;
        }

        // A given name alone ("Lena", "Sir Rupert") names the one person who has it.
        if (c.Honorific >= 0 && gender != 'x' && !c.KeepsHonorific && c.View.Word(c.Honorific) is not ("Sir" or "Dame"))
        {
            return null;
        }

        var named = persons.ByGiven(word);
        return named.Count == 1 ? named[0] : null;
    }

    private static PersonCluster? LinkFullName(NameCandidate c, PersonIndex persons)
    {
        // Every person a full name can fit shares its surname's key: with none, its words need not be built.
        if (c.ImpliedSurname is null && persons.BySurname(NameSurname(c)).Count == 0)
        {
            return null;
        }

        var words = c.CoreWords();
        PersonCluster? best = null;
        foreach (var person in persons.ByFullName(words))
        {
            if (person.Words.AsSpan().SequenceEqual(words))
            {
                return person;
            }

            if (NameMatcher.FullNameFits(person, words))
            {
                best = Recent(best, person, c);
            }
        }

        return best;
    }

    // The surname of the core words as NameMatcher.Surname reads it, without making strings.
    private static ReadOnlySpan<char> NameSurname(NameCandidate c) =>
        OfficialLexicon.IsNameSuffix(c.Surname) ? c.Word(c.WordCount - 2) : c.Surname;

    // Between two persons who fit, the one named last before this mention.
    private static PersonCluster Recent(PersonCluster? best, PersonCluster person, NameCandidate c)
    {
        if (best is null)
        {
            return person;
        }

        return person.LastMentionStart > best.LastMentionStart ? person : best;
    }

    // "in May 2005", "May 5": a surname-like month word in a date.
    private static bool LooksLikeDate(NameCandidate c)
    {
        var v = c.View;
        if (c.CoreEnd < v.Count && v[c.CoreEnd].Kind == NameTokenKind.Number && !v[c.CoreEnd - 1].Possessive)
        {
            return true;
        }

        return OfficialLexicon.IsCalendarWord(c.Surname) && c.CoreStart > 0 && v.IsWord(c.CoreStart - 1)
            && v.Word(c.CoreStart - 1) is "in" or "since" or "until" or "last" or "next" or "early" or "late" or "mid" or "by" or "from";
    }
}
