using NewsExtract.Text;

namespace NewsExtract.Officials;

/// <summary>
/// Gives a role named without a name to the person it refers to. News text often names a role alone:
/// "Oskar Lindqvist has resigned ... The prime minister later added ..." (the role refers back to the
/// last person named without a known role) or, in a lead, "..., the Fisheries Secretary has
/// warned." then "Moira Castell said ..." (the role points forward to the name that opens the next sentence).
/// </summary>
internal static class RoleAnaphora
{
    private const int MaxRoleWords = 5;

    private const int MaxLookBack = 40;

    public static void Apply(Article article, List<TokenView> views, List<PersonCluster> persons, string?[] titles, string?[] affiliations)
    {
        // Every prose mention in text order, and the person each first mention in prose opens.
        var timeline = new List<(int Start, int Paragraph, int Person)>();
        var firstAt = new Dictionary<int, int>();
        for (var k = 0; k < persons.Count; k++)
        {
            var first = true;
            foreach (var m in persons[k].Mentions)
            {
                if (m.View.MentionOnly)
                {
                    continue;
                }

                timeline.Add((m.MentionStart, m.View.ParagraphIndex, k));
                if (first)
                {
                    firstAt.TryAdd(m.MentionStart, k);
                    first = false;
                }
            }
        }

        timeline.Sort((a, b) => a.Start.CompareTo(b.Start));
        var held = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var title in titles)
        {
            if (title is not null)
            {
                held.Add(title);
            }
        }

        var lead = LeadSentence(article, views);
        var cursor = 0;
        foreach (var view in views)
        {
            if (view.MentionOnly)
            {
                continue;
            }

            var tokens = view.Tokens;
            for (var i = 0; i + 1 < tokens.Length; i++)
            {
                // The length and first letter first: this runs at every token of the article (only 't' and 'T' match 't' ignoring case).
                if (tokens[i].Length != 3 || (view.Text[tokens[i].Start] | 0x20) != 't' || !view.IsWord(i) || !view.Word(i).Equals("the", StringComparison.OrdinalIgnoreCase)
                    || BareRole(view, i + 1) is not { } role)
                {
                    continue;
                }

                // A role someone already holds refers to them ("the Green co-leader" after "Green co-leader Idris Quayle").
                if (held.Contains(role.Title!))
                {
                    continue;
                }

                var at = view[i].Start;
                while (cursor < timeline.Count && timeline[cursor].Start < at)
                {
                    cursor++;
                }

                var person = Previous(timeline, cursor, titles, view.ParagraphIndex);
                if (person < 0 && lead is { } leadSpan && leadSpan.Contains(at))
                {
                    person = Next(article, firstAt, titles, at);
                }

                if (person < 0)
                {
                    continue;
                }

                titles[person] = role.Title;
                held.Add(role.Title!);
                affiliations[person] ??= role.Affiliation ?? PartyInSentence(article, view, at);
            }
        }
    }

    // "prime minister", "Tory leader", "Trade and Industry Secretary": a role with no name after it.
    private static Role? BareRole(TokenView v, int first)
    {
        var p = first;
        string? affiliation = null;
        if (v.IsCapitalised(p) && v.IsCapitalised(p + 1) && v.Adjacent(p, p + 1) && OfficialLexicon.Party(v.SliceSpan(p, p + 1)) is { } party2)
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
    private static int Previous(List<(int Start, int Paragraph, int Person)> timeline, int cursor, string?[] titles, int paragraph)
    {
        for (var j = cursor - 1; j >= 0 && j >= cursor - MaxLookBack; j--)
        {
            var (_, mParagraph, person) = timeline[j];
            if (paragraph - mParagraph > 1)
            {
                break;
            }

            if (titles[person] is null)
            {
                return person;
            }
        }

        return -1;
    }

    // The first sentence of the article's prose (after any headline).
    private static TextSpan? LeadSentence(Article article, List<TokenView> views)
    {
        foreach (var view in views)
        {
            if (!view.MentionOnly && view.Count > 0)
            {
                return article.SentenceAt(view[0].Start)?.Span;
            }
        }

        return null;
    }

    // The person whose first mention in prose opens the sentence after the role.
    private static int Next(Article article, Dictionary<int, int> firstAt, string?[] titles, int at)
    {
        if (article.SentenceAt(at) is not { } sentence || sentence.Index + 1 >= article.Sentences.Count)
        {
            return -1;
        }

        return firstAt.TryGetValue(article.Sentences[sentence.Index + 1].Span.Start, out var k) && titles[k] is null ? k : -1;
    }

    // "The premier stepped up Labour's canvassing": a party's possessive in the same sentence.
    private static string? PartyInSentence(Article article, TokenView v, int at)
    {
        if (article.SentenceAt(at) is not { } sentence)
        {
            return null;
        }

        for (var i = v.IndexAt(sentence.Span.Start); i < v.Count && v[i].Start < sentence.Span.End; i++)
        {
            if (v[i].Possessive && v.IsCapitalised(i) && OfficialLexicon.Party(v.Word(i)) is { } party)
            {
                return party;
            }
        }

        return null;
    }
}
