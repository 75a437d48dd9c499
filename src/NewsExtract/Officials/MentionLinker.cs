namespace NewsExtract.Officials;

/// <summary>Links one name in the text to the person it names, or to nobody.</summary>
internal static class MentionLinker
{
    public static PersonCluster? Link(NameCandidate c, List<PersonCluster> persons)
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
        foreach (var person in persons)
        {
            if (!NameMatcher.SameSurname(person.Surname, word.ToString()))
            {
                continue;
            }

            if (gender != 'x' && person.Gender != 'x' && gender != person.Gender)
            {
                continue;
            }

            best = Recent(best, person, c);
        }

        if (best is not null)
        {
            return best;
        }

        // A given name alone ("Sandra", "Sir Digby") names the one person who has it.
        if (c.Honorific >= 0 && gender != 'x' && !c.KeepsHonorific && c.View.Word(c.Honorific) is not ("Sir" or "Dame"))
        {
            return null;
        }

        foreach (var person in persons)
        {
            if (person.Given is not null && word.SequenceEqual(person.Given))
            {
                if (best is not null)
                {
                    return null;
                }

                best = person;
            }
        }

        return best;
    }

    private static PersonCluster? LinkFullName(NameCandidate c, List<PersonCluster> persons)
    {
        var words = c.CoreWords();
        PersonCluster? best = null;
        foreach (var person in persons)
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

    // Between two persons who fit, the one named last before this mention.
    private static PersonCluster Recent(PersonCluster? best, PersonCluster person, NameCandidate c)
    {
        if (best is null)
        {
            return person;
        }

        return LastBefore(person, c) > LastBefore(best, c) ? person : best;
    }

    private static int LastBefore(PersonCluster person, NameCandidate c)
    {
        var last = -1;
        foreach (var m in person.Mentions)
        {
            if (m.MentionStart < c.MentionStart)
            {
                last = m.MentionStart;
            }
        }

        return last;
    }

    // "in May 2005", "May 5": a surname-like month word in a date.
    private static bool LooksLikeDate(NameCandidate c)
    {
        var v = c.View;
        if (c.CoreEnd < v.Count && v[c.CoreEnd].Kind == NameTokenKind.Number && !v[c.CoreEnd - 1].Possessive)
        {
            return true;
        }

        return c.CoreStart > 0 && v.IsWord(c.CoreStart - 1) && v.Word(c.CoreStart - 1) is "in" or "since" or "until" or "last" or "next" or "early" or "late" or "mid";
    }
}
