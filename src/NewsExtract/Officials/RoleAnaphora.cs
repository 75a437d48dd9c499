using NewsExtract.Text;

namespace NewsExtract.Officials;

/// <summary>
/// Gives a role named without a name to the person it refers to. News text often names a role alone:
/// "Tony Blair has apologised ... The prime minister was commenting ..." (the role refers back to the
/// last person named without a known role) or, in a lead, "..., the Trade and Industry Secretary has
/// said." then "Patricia Hewitt said ..." (the role points forward to the name that opens the next sentence).
/// </summary>
internal static class RoleAnaphora
{
    private const int MaxRoleWords = 5;

    public static void Apply(Article article, List<TokenView> views, List<PersonCluster> persons, string?[] titles, string?[] affiliations)
    {
        foreach (var view in views)
        {
            if (view.MentionOnly)
            {
                continue;
            }

            for (var i = 0; i + 1 < view.Count; i++)
            {
                if (!view.IsWord(i) || !view.Word(i).Equals("the", StringComparison.OrdinalIgnoreCase) || BareRole(view, i + 1) is not { } role)
                {
                    continue;
                }

                // A role someone already holds refers to them ("the Tory co-chairman" after "Tory co-chairman Liam Fox").
                if (Array.Exists(titles, t => string.Equals(t, role.Title, StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                var at = view[i].Start;
                var person = Previous(article, persons, titles, at);
                if (person < 0 && IsLead(article, views, at))
                {
                    person = Next(article, persons, titles, at);
                }

                if (person < 0)
                {
                    continue;
                }

                titles[person] = role.Title;
                affiliations[person] ??= role.Affiliation ?? PartyInSentence(article, view, at);
            }
        }
    }

    // "prime minister", "Tory leader", "Trade and Industry Secretary": a role with no name after it.
    private static Role? BareRole(TokenView v, int first)
    {
        var p = first;
        string? affiliation = null;
        if (v.IsCapitalised(p) && v.IsCapitalised(p + 1) && v.Adjacent(p, p + 1) && OfficialLexicon.Party(v.Slice(p, p + 1)) is { } party2)
        {
            affiliation = party2;
            p += 2;
        }
        else if (v.IsCapitalised(p) && (OfficialLexicon.Party(v.Word(p)) ?? OfficialLexicon.Country(v.Word(p))) is { } known)
        {
            affiliation = known;
            p++;
        }

        var start = p;
        var head = -1;
        while (v.IsWord(p) && p - start < MaxRoleWords && (OfficialLexicon.IsTitleWord(v.Word(p)) || (v.Word(p) is "and" && head < 0 && p > start)))
        {
            if (OfficialLexicon.IsTitleHead(v.Word(p)))
            {
                head = p;
            }

            if (v[p].Possessive)
            {
                break;
            }

            p++;
        }

        // It must end at its head, be singular, and be followed by a verb or punctuation, not a name or a noun
        // ("the general public").
        if (head < 0 || head != p - 1 || v[head].Possessive || v.Word(head).EndsWith('s') || !OpensPredicate(v, p)
            || (head == start && OfficialLexicon.IsWeakTitle(v.Word(head))))
        {
            return null;
        }

        return new Role(v.Slice(start, head), affiliation);
    }

    private static bool OpensPredicate(TokenView v, int p)
    {
        if (p >= v.Count || v[p].Kind == NameTokenKind.Punctuation)
        {
            return p >= v.Count || v.Text[v[p].Start] is ',' or '.' or ';' or ':' or ')' or '!' or '?';
        }

        if (!v.IsLower(p))
        {
            return false;
        }

        var word = v.Word(p);
        return v.IsSpeechVerb(p) || word.EndsWith("ed", StringComparison.Ordinal)
            || word is "is" or "was" or "has" or "had" or "have" or "will" or "would" or "could" or "should" or "may" or "might" or "must"
                or "can" or "did" or "does" or "also" or "then" or "himself" or "herself" or "insisted" or "wants" or "hopes" or "thinks" or "believes";
    }

    // Of the persons with no role yet, the one named last before the role, in this paragraph or the one before.
    private static int Previous(Article article, List<PersonCluster> persons, string?[] titles, int at)
    {
        var paragraph = article.ParagraphAt(at)?.Index ?? -1;
        var best = -1;
        var bestAt = -1;
        for (var k = 0; k < persons.Count; k++)
        {
            if (titles[k] is not null)
            {
                continue;
            }

            foreach (var m in persons[k].Mentions)
            {
                if (m.MentionStart >= at)
                {
                    break;
                }

                if (!m.View.MentionOnly && m.MentionStart > bestAt && paragraph - (article.ParagraphAt(m.MentionStart)?.Index ?? -1) <= 1)
                {
                    bestAt = m.MentionStart;
                    best = k;
                }
            }
        }

        return best;
    }

    // The role stands in the first sentence of the article's prose (after any headline).
    private static bool IsLead(Article article, List<TokenView> views, int at)
    {
        foreach (var view in views)
        {
            if (!view.MentionOnly && view.Count > 0)
            {
                return article.SentenceAt(view[0].Start) is { } lead && lead.Span.Contains(at);
            }
        }

        return false;
    }

    // The person whose first mention in prose opens the sentence after the role.
    private static int Next(Article article, List<PersonCluster> persons, string?[] titles, int at)
    {
        if (article.SentenceAt(at) is not { } sentence || sentence.Index + 1 >= article.Sentences.Count)
        {
            return -1;
        }

        var next = article.Sentences[sentence.Index + 1].Span;
        for (var k = 0; k < persons.Count; k++)
        {
            var first = persons[k].Mentions.FirstOrDefault(m => !m.View.MentionOnly);
            if (titles[k] is null && first is not null && first.MentionStart == next.Start)
            {
                return k;
            }
        }

        return -1;
    }

    // "The prime minister ratcheted up Labour's campaigning": a party's possessive in the same sentence.
    private static string? PartyInSentence(Article article, TokenView v, int at)
    {
        if (article.SentenceAt(at) is not { } sentence)
        {
            return null;
        }

        for (var i = 0; i < v.Count; i++)
        {
            if (sentence.Span.Contains(v[i].Start) && v[i].Possessive && v.IsCapitalised(i) && OfficialLexicon.Party(v.Word(i)) is { } party)
            {
                return party;
            }
        }

        return null;
    }
}
