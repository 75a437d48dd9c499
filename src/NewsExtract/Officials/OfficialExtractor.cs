using NewsExtract.Text;

namespace NewsExtract.Officials;

/// <summary>Finds named people with their titles, affiliations and mentions.</summary>
/// <remarks>
/// Three passes over the names of the prose paragraphs: find every capitalised name and weigh the
/// evidence that it is a person's; make one person of each evidenced name (merging later fuller or
/// shorter forms); then link every name, including bare surnames and headline words, to its person.
/// </remarks>
internal static class OfficialExtractor
{
    private const int MaxHeadlineLength = 150;

    // The token array and vocabulary of the article being read, kept per thread so that their room is reused;
    // nothing of either outlives one call of Extract.
    [ThreadStatic]
    private static NameTokenBuffer? t_tokens;

    [ThreadStatic]
    private static ArticleVocabulary? t_vocabulary;

    public static IReadOnlyList<OfficialFact> Extract(Article article)
    {
        var candidates = new List<NameCandidate>();
        var views = new List<TokenView>();
        var tokens = t_tokens ??= new NameTokenBuffer();
        var vocabulary = t_vocabulary ??= new ArticleVocabulary();
        tokens.Clear();

        // About one distinct lower-case word in eight characters of news; the table grows if there are more.
        vocabulary.Clear(article.Text.Length / 8);

        // All paragraphs are tokenised first, so that every view reads the final token array; the tokenizer
        // fills the vocabulary.
        var ranges = new List<(Paragraph Paragraph, int Offset, int Count)>();
        var sentenceCursor = 0;
        foreach (var paragraph in article.Paragraphs)
        {
            article.Cancellation.ThrowIfCancellationRequested();
            if (!paragraph.IsProse)
            {
                continue;
            }

            var offset = tokens.Count;
            NameTokenizer.Tokenize(article, paragraph, ref sentenceCursor, tokens, vocabulary);
            ranges.Add((paragraph, offset, tokens.Count - offset));
        }

        tokens.ResetGivenNames();
        foreach (var (paragraph, offset, count) in ranges)
        {
            var view = new TokenView(article.Text, tokens.Items, tokens.GivenNames, offset, count, paragraph.Index, paragraph.IsCaption || IsHeadline(article, paragraph), vocabulary);
            views.Add(view);
        }

        foreach (var view in views)
        {
            article.Cancellation.ThrowIfCancellationRequested();
            CandidateFinder.Find(view, candidates);
        }

        // "Shares in Morgan Hale rose": a name once written as a company's is nobody's name in the article.
        var companies = new HashSet<string>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            if (candidate.Honorific < 0 && CandidateFinder.InCompanyContext(candidate))
            {
                companies.Add(candidate.CoreText());
            }
        }

        // A one-word company name is the last word of the full one the article also gives: "George Wimpey", "Wimpey shares".
        if (companies.Count > 0)
        {
            var companyLookup = companies.GetAlternateLookup<ReadOnlySpan<char>>();
            candidates.RemoveAll(c => c.CoreTextIn(companyLookup) || (c.WordCount > 1 && companyLookup.Contains(c.Surname)));
        }

        PromoteSpokenSurnames(candidates);

        var persons = new PersonIndex();
        // Relatives named by given name alone ("his wife Sharon") come last, so that a full name given
        // anywhere ("Lena Farrow") is known first and takes them in.
        foreach (var candidate in candidates)
        {
            if (candidate.Evidence is not NameEvidence.None and not NameEvidence.Kinship && !candidate.View.MentionOnly)
            {
                Introduce(candidate, persons);
            }
        }

        foreach (var candidate in candidates)
        {
            if (candidate.Evidence == NameEvidence.Kinship && !candidate.View.MentionOnly)
            {
                Introduce(candidate, persons);
            }
        }

        if (persons.Count == 0)
        {
            return [];
        }

        foreach (var candidate in candidates)
        {
            article.Cancellation.ThrowIfCancellationRequested();
            if (MentionLinker.Link(candidate, persons) is { } person)
            {
                candidate.Person = person;
                person.AddMention(candidate);

                // A fuller form met later ("Gareth Pellow" after "Mr Pellow") gives the fullest name.
                if (candidate.WordCount > person.Words.Length && !candidate.View.MentionOnly)
                {
                    var given = person.Given;
                    person.Absorb(candidate);
                    persons.GivenChanged(person, given);
                }
            }
        }

        return Facts(article, views, persons.All);
    }

    // "Lleyton Hewitt gave himself ... said Hewitt": a two-word name whose surname alone speaks elsewhere is a person's,
    // when its first word is no ordinary word, place, party or organisation word and no "the" stands before it ("the Fiat
    // Powertrain plant").
    private static void PromoteSpokenSurnames(List<NameCandidate> candidates)
    {
        // Looked up and added by span: a string is made only for a surname not yet in the set.
        var speaking = new HashSet<string>(StringComparer.Ordinal);
        var speakingLookup = speaking.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var c in candidates)
        {
            var v = c.View;
            // "Hewitt said", "said Hewitt." (not "said Fiat was", where the name opens the reported clause).
            if (c.WordCount == 1 && !v.MentionOnly
                && ((!v[c.CoreEnd - 1].Possessive && v.IsSpeechVerb(c.CoreEnd)) || (v.IsSpeechVerb(c.CoreStart - 1) && !v.IsWord(c.CoreEnd))))
            {
                speakingLookup.Add(c.Surname);
            }
        }

        if (speaking.Count == 0)
        {
            return;
        }

        // "Aston Villa boss", "Villa's chairman": a name used as an affiliation is an organisation's; "Sociedad say": a team's;
        // a surname already borne by a person with evidence ("guitarist Richey Edwards") is that person's.
        var excluded = new HashSet<string>(StringComparer.Ordinal);
        var excludedLookup = excluded.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var c in candidates)
        {
            if (c.Role.Affiliation is { } affiliation)
            {
                excluded.Add(affiliation);
            }

            if (c.WordCount == 1 && c.View.IsWord(c.CoreEnd) && OfficialLexicon.IsPluralVerb(c.View.Word(c.CoreEnd)))
            {
                excludedLookup.Add(c.Surname);
            }

            if (c.WordCount >= 2 && c.Evidence != NameEvidence.None)
            {
                excludedLookup.Add(c.Surname);
            }
        }

        foreach (var c in candidates)
        {
            var first = c.First;
            // At a sentence start the first word may be any word ("Whilst Angels", "Bookmakers Ladbrokes").
            if (c.Evidence == NameEvidence.None && c.WordCount == 2 && c.Honorific < 0 && speakingLookup.Contains(c.Surname)
                && !c.View[c.CoreStart].SentenceStart && c.Surname.Length > 2 && !speakingLookup.Contains(first)
                && !(c.View.IsWord(c.CoreStart - 1) && c.View.Word(c.CoreStart - 1) is "the" or "The")
                && !c.CoreTextIn(excludedLookup) && !excludedLookup.Contains(c.Surname)
                && !c.View.Vocabulary.ContainsLowerForm(first) && !c.View.IsAllCaps(c.CoreStart) && OfficialLexicon.Country(first) is null
                && OfficialLexicon.Party(first) is null && !OfficialLexicon.IsOrgWord(first) && !OfficialLexicon.IsNonName(first)
                && !OfficialLexicon.IsTitleWord(first) && !OfficialLexicon.IsCalendarWord(first))
            {
                c.Evidence = NameEvidence.SpeechSubject;
            }
        }
    }

    // A headline: the first line, short and without closing punctuation.
    private static bool IsHeadline(Article article, Paragraph paragraph)
    {
        if (paragraph.Index != 0 || article.Paragraphs.Count < 2 || paragraph.Span.Length > MaxHeadlineLength)
        {
            return false;
        }

        // Closing quotes may follow the last word ("Castell attacks 'ferry chaos'"), but no full stop.
        var end = paragraph.Span.End;
        while (end > paragraph.Span.Start + 1 && article.Text[end - 1] is '"' or '”' or '\'' or '’' or '»' or ')')
        {
            end--;
        }

        return article.Text[end - 1] is not ('.' or '!' or '?' or ':' or ';' or ',');
    }

    private static void Introduce(NameCandidate candidate, PersonIndex persons)
    {
        // "his wife Lena" after "Lena Farrow": the relative is already known by full name.
        if (candidate.Evidence == NameEvidence.Kinship && persons.ByGiven(candidate.First).Count > 0)
        {
            return;
        }

        var words = candidate.CoreWords();
        if (words.Length >= 2)
        {
            foreach (var person in persons.ByFullName(words))
            {
                if (NameMatcher.FullNameFits(person, words) && !GenderClash(person, candidate))
                {
                    var given = person.Given;
                    person.Absorb(candidate);
                    persons.GivenChanged(person, given);
                    return;
                }
            }

            persons.Add(new PersonCluster(candidate));
            return;
        }

        foreach (var person in persons.BySurname(words[0]))
        {
            if (NameMatcher.SameSurname(person.Surname, words[0]) && !GenderDiffers(person, candidate))
            {
                return;
            }
        }

        if (persons.ByGiven(words[0]).Count > 0)
        {
            return;
        }

        persons.Add(new PersonCluster(candidate));
    }

    // "Mrs Gorringe" after "Alan Gorringe": another person of the same surname.
    private static bool GenderDiffers(PersonCluster person, NameCandidate candidate)
    {
        var g = candidate.HonorificGender;
        return g != 'x' && person.Gender != 'x' && g != person.Gender;
    }

    private static bool GenderClash(PersonCluster person, NameCandidate candidate)
    {
        var g = PersonCluster.GenderOf(candidate);
        return person.Words.Length == 1 && person.Gender != 'x' && g != 'x' && g != person.Gender;
    }

    private static List<OfficialFact> Facts(Article article, List<TokenView> views, List<PersonCluster> persons)
    {
        var mentioned = persons.Where(p => p.Mentions.Count > 0).OrderBy(p => p.Mentions[0].MentionStart).ToList();
        var titles = new string?[mentioned.Count];
        var affiliations = new string?[mentioned.Count];
        for (var k = 0; k < mentioned.Count; k++)
        {
            foreach (var mention in mentioned[k].Mentions)
            {
                if (titles[k] is null && mention.Role.Title is not null)
                {
                    titles[k] = mention.Role.Title;
                    affiliations[k] ??= mention.Role.Affiliation;
                }

                affiliations[k] ??= mention.Role.Affiliation;
            }
        }

        RoleAnaphora.Apply(article, views, mentioned, titles, affiliations);

        // "Marinos' lawyer Stavros Kalogeras": a person's possessive is no organisation.
        var names = new HashSet<string>(mentioned.Select(p => p.Surname).Concat(mentioned.Select(p => p.Name)), StringComparer.Ordinal);
        for (var k = 0; k < mentioned.Count; k++)
        {
            if (affiliations[k] is { } affiliation && names.Contains(affiliation))
            {
                affiliations[k] = null;
            }
        }
        var facts = new List<OfficialFact>(mentioned.Count);
        for (var k = 0; k < mentioned.Count; k++)
        {
            var person = mentioned[k];
            var mentions = new List<Mention>(person.Mentions.Count);
            foreach (var mention in person.Mentions)
            {
                var span = new TextSpan(mention.MentionStart, mention.MentionEnd);
                mentions.Add(new Mention(span, article.Slice(span)));
            }

            facts.Add(new OfficialFact("p" + (k + 1), person.Name, titles[k], affiliations[k], mentions, person.First.Rule));
        }

        return facts;
    }
}
