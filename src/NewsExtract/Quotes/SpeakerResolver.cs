using NewsExtract.Officials;
using NewsExtract.Text;

namespace NewsExtract.Quotes;

/// <summary>
/// Turns speaker phrases into speakers for one article: a phrase that covers an official's mention
/// (or ends in their surname) is that official; a pronoun is the nearest fitting person or group
/// named before it in subject position; anything else keeps its own words (an organisation, a group,
/// "the spokesman").
/// </summary>
internal sealed class SpeakerResolver
{
    private const int PronounReach = 3;
    private const int FarPronounReach = 30;

    private readonly Article _article;
    private readonly IReadOnlyList<OfficialFact> _officials;
    private readonly Speaker[] _officialSpeakers;
    private readonly (TextSpan Span, int Official)[] _mentions;
    private readonly PositionedList<Candidate> _salient = new();

    public SpeakerResolver(Article article, IReadOnlyList<OfficialFact> officials)
    {
        _article = article;
        _officials = officials;
        _officialSpeakers = new Speaker[officials.Count];
        // Straight into an array of the right size, sorted in place (the same sort a list would run).
        var total = 0;
        for (var i = 0; i < officials.Count; i++)
        {
            total += officials[i].Mentions.Count;
        }

        var mentions = new (TextSpan Span, int Official)[total];
        var n = 0;
        for (var i = 0; i < officials.Count; i++)
        {
            _officialSpeakers[i] = new Speaker(officials[i].Name, officials[i].Id, SpeakerKind.Person, SpeakerGender.Of(officials[i], article.Text));
            var list = officials[i].Mentions;
            for (var m = 0; m < list.Count; m++)
            {
                mentions[n++] = (list[m].Span, i);
            }
        }

        Array.Sort(mentions, (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        _mentions = mentions;
    }

    /// <summary>Records the people this paragraph names, outside quotations, for later pronouns.</summary>
    public void NoteMentions(ParagraphView v)
    {
        var span = v.Paragraph.Span;
        var at = FirstMentionAtOrAfter(span.Start);
        var token = 0;
        for (var m = at; m < _mentions.Length && _mentions[m].Span.Start < span.End; m++)
        {
            while (token < v.Count && v[token].End <= _mentions[m].Span.Start)
            {
                token++;
            }

            if (token >= v.Count || v.InQuote(token))
            {
                continue;
            }

            var speaker = _officialSpeakers[_mentions[m].Official];
            var subject = (IsSubjectPosition(v, token, EndsPossessive(v, _mentions[m].Span.End, token)) && !IsListed(v, _mentions[m].Span.End, token))
                || IsInvertedSubject(v, token, _mentions[m].Span.End);
            _salient.Add(_mentions[m].Span.Start, v.Paragraph.Index, new Candidate(speaker, subject, _mentions[m].Span.Start));
        }
    }

    /// <summary>Records a resolved speaker at a text position as a strong candidate for later pronouns.</summary>
    public void NoteSpeaker(int position, int paragraph, Speaker speaker) => _salient.Add(position, paragraph, new Candidate(speaker, true));

    public Speaker? Resolve(ParagraphView v, SpeakerPhrase phrase)
    {
        var head = phrase.Head;
        var position = v[phrase.First].Start;
        if (SpeakerPhrases.IsPronoun(v, head))
        {
            Span<char> lower = stackalloc char[8];
            var word = v.Word(head);
            var length = word.ToLowerInvariant(lower);
            return QuoteLexicon.PronounLookup.TryGetValue(lower[..length], out var reference)
                ? ResolvePronoun(reference, position, v.Paragraph.Index)
                : null;
        }

        var text = PhraseText(v, phrase);
        if (IsDefiniteRole(v, phrase) && ResolveRole(v, phrase, position) is { } named)
        {
            return named;
        }

        // "the statement said": the statement of whoever spoke last.
        if (phrase.Head == phrase.First + 1 && v.Word(phrase.First) is "the" or "The" && v.In(WordClass.MessageNoun, phrase.Head)
            && _salient.LastBefore(position, v.Paragraph.Index - 2, c => c.Subject)?.Speaker is { } author)
        {
            return author;
        }

        if (v.In(WordClass.SpeakerNoun, head) && QuoteLexicon.SpeakerNounLookup.TryGetValue(v.Word(head), out var noun))
        {
            // "the spokesman", "Oskar Lindqvist's official spokesman": a description, even when it names someone.
            return new Speaker(text, null, noun.Kind, noun.Gender);
        }

        if (OfficialIn(v, phrase) is { } official)
        {
            return _officialSpeakers[official];
        }

        return new Speaker(text, null, KindOf(v, phrase), SpeakerGender.Of(v, phrase));
    }

    /// <summary>
    /// The speaker of a cue's subject. "Dermot Skelly, Morecambe Guest House Society said" names a person
    /// and then their organisation: the person speaks.
    /// </summary>
    public Speaker? ResolveSubject(ParagraphView v, SpeakerPhrase phrase, SpeakerPhrase? appositive)
    {
        var speaker = Resolve(v, phrase);
        if (speaker is not { Id: not null } && appositive is { } inner && Resolve(v, inner) is { } named
            && (named.Id is not null || (!v.HasCapital(phrase.Head) && named.Kind is SpeakerKind.Person or SpeakerKind.Unknown)))
        {
            // "The Shadow Secretary of State for Rural Affairs, Fiona Lusk, said".
            return named;
        }

        // "Ivor Gledhill, senior partner of Pask Lomond said": a name opening the clause, then its description.
        if (speaker is { Id: null } && phrase.First >= 2 && v.IsFree(phrase.First - 1, TokenKind.Comma)
            && SpeakerPhrases.Ending(v, phrase.First - 2) is { } before && !SpeakerPhrases.IsPronoun(v, before.Head)
            && (before.First == 0 || !v.IsKind(before.First - 1, TokenKind.Word)) && Resolve(v, before) is { Id: not null } person)
        {
            return person;
        }

        // "Mr Tovey's statement said": the possessor of a written message speaks.
        if (speaker is { Id: null } && v.In(WordClass.MessageNoun, phrase.Head) && phrase.Head > phrase.First
            && v.IsPossessive(phrase.Head - 1) && PossessorBefore(v, phrase) is { Id: not null } possessor)
        {
            return possessor;
        }

        return speaker;
    }

    private Speaker? PossessorBefore(ParagraphView v, SpeakerPhrase phrase)
    {
        var owner = phrase.Head - 1;
        var first = owner;
        while (first > phrase.First && v.IsFreeWord(first - 1) && v.HasCapital(first - 1))
        {
            first--;
        }

        return v.HasCapital(owner) ? Resolve(v, new SpeakerPhrase(first, owner + 1, owner + 1)) : null;
    }

    // "the minister", "The Green co-leader": a role after "the", with no "of ..." tail and no possessor.
    private static bool IsDefiniteRole(ParagraphView v, SpeakerPhrase phrase)
    {
        if (phrase.CoreEnd != phrase.End || !v.InLower(WordClass.Determiner, phrase.First) || !v.Word(phrase.First).Equals("the", StringComparison.OrdinalIgnoreCase)
            || !v.In(WordClass.RoleNoun, phrase.Head))
        {
            return false;
        }

        for (var i = phrase.First + 1; i < phrase.Head; i++)
        {
            if (!v.IsFreeWord(i) || v.IsPossessive(i))
            {
                return false;
            }
        }

        return true;
    }

    // The named person a definite role refers back to: the nearest official in subject position.
    private Speaker? ResolveRole(ParagraphView v, SpeakerPhrase phrase, int position)
    {
        var gender = QuoteLexicon.SpeakerNounLookup.TryGetValue(v.Word(phrase.Head), out var noun) ? noun.Gender : Gender.Unknown;
        return _salient.LastBefore(position, v.Paragraph.Index - PronounReach,
            c => c.Subject && c.Speaker.Id is not null && (gender == Gender.Unknown || c.Speaker.Gender == Gender.Unknown || c.Speaker.Gender == gender))?.Speaker;
    }

    /// <summary>
    /// The named person who is the subject of the sentence just before <paramref name="position"/>
    /// ("Coach Ben Harlow was delighted. "We played well.""), with where they are named; or null.
    /// </summary>
    public (Speaker Speaker, int Position)? SubjectOfPreviousSentence(int position)
    {
        if (_article.SentenceAt(position) is not { Index: > 0 } sentence)
        {
            return null;
        }

        var previous = _article.Sentences[sentence.Index - 1].Span;
        var subject = _salient.LastBetween(previous.Start, previous.End, c => c.Subject && c.Speaker.Id is not null && c.Mention >= 0);
        return subject is null ? null : (subject.Speaker, subject.Mention);
    }

    private Speaker? ResolvePronoun(string reference, int position, int paragraph)
    {
        var oldest = paragraph - PronounReach;
        if (reference is "male" or "female")
        {
            var wanted = reference == "male" ? Gender.Male : Gender.Female;
            bool Fits(Candidate c) =>
                c.Speaker.Kind is SpeakerKind.Person or SpeakerKind.Unknown && (c.Speaker.Gender == Gender.Unknown || c.Speaker.Gender == wanted);
            // Nearest subject, then nearest mention; failing both, the last subject however far back.
            return (_salient.LastBefore(position, oldest, c => c.Subject && Fits(c)) ?? _salient.LastBefore(position, oldest, Fits)
                ?? _salient.LastBefore(position, paragraph - FarPronounReach, c => c.Subject && Fits(c)))?.Speaker;
        }

        return reference switch
        {
            "plural" => _salient.LastBefore(position, paragraph - 1, c => c.Speaker.Kind is SpeakerKind.Group or SpeakerKind.Organisation)?.Speaker,
            // "it": an organisation; failing one, a name of several words that names no person ("Carmody Freight said").
            "neuter" => (_salient.LastBefore(position, paragraph - 1, c => c.Speaker.Kind == SpeakerKind.Organisation || (c.Subject && IsUnnamedBody(c.Speaker)))
                ?? _salient.LastBefore(position, oldest, c => c.Speaker.Kind == SpeakerKind.Organisation))?.Speaker,
            _ => null,
        };
    }

    // A capitalised name of two or more words, not an official's and with no gender: perhaps a company's.
    private static bool IsUnnamedBody(Speaker speaker) =>
        speaker.Kind == SpeakerKind.Unknown && speaker.Id is null && speaker.Gender == Gender.Unknown && speaker.Name.Contains(' ')
        && char.IsUpper(speaker.Name[0]) && char.IsUpper(speaker.Name[speaker.Name.LastIndexOf(' ') + 1]);

    // The official named by the phrase: a mention covering its head, else the last mention inside its
    // core, else an official whose surname is the head word.
    private int? OfficialIn(ParagraphView v, SpeakerPhrase phrase)
    {
        if (_mentions.Length == 0)
        {
            return null;
        }

        var coreStart = v[phrase.First].Start;
        var coreEnd = v[phrase.Head].End;
        var headStart = v[phrase.Head].Start;
        int? inside = null;
        for (var m = FirstMentionAtOrAfter(coreStart - 200); m < _mentions.Length && _mentions[m].Span.Start < coreEnd; m++)
        {
            var span = _mentions[m].Span;
            if (span.Start <= headStart && headStart < span.End)
            {
                return _mentions[m].Official;
            }

            if (span.Overlaps(new TextSpan(coreStart, coreEnd)))
            {
                inside = _mentions[m].Official;
            }
        }

        if (inside is not null)
        {
            return inside;
        }

        var surname = v.Bare(phrase.Head);
        for (var i = 0; i < _officials.Count; i++)
        {
            var name = _officials[i].Name.AsSpan();
            var space = name.LastIndexOf(' ');
            if (name[(space + 1)..].Equals(surname, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return null;
    }

    private int FirstMentionAtOrAfter(int position)
    {
        var (lo, hi) = (0, _mentions.Length);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_mentions[mid].Span.Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    // The phrase as written, without a leading article: "the Tories" -> "Tories".
    private static string PhraseText(ParagraphView v, SpeakerPhrase phrase)
    {
        var first = phrase.First;
        if (first + 1 < phrase.End && v.Word(first) is "the" or "The" or "a" or "A" or "an" or "An")
        {
            first++;
        }

        return v.Text[v[first].Start..v[phrase.End - 1].End];
    }

    /// <summary>A cheap test, before any resolving, that a phrase may name an organisation or a group.</summary>
    public static bool LooksCollective(ParagraphView v, SpeakerPhrase phrase)
    {
        if (v.In(WordClass.SpeakerNoun, phrase.Head) && QuoteLexicon.SpeakerNounLookup.TryGetValue(v.Word(phrase.Head), out var noun))
        {
            return noun.Kind is SpeakerKind.Group or SpeakerKind.Organisation;
        }

        var head = v.Bare(phrase.Head);
        return QuoteLexicon.OrganisationHeadLookup.Contains(head) || IsAcronym(head);
    }

    private static SpeakerKind KindOf(ParagraphView v, SpeakerPhrase phrase)
    {
        var head = v.Bare(phrase.Head);
        if (QuoteLexicon.OrganisationHeadLookup.Contains(head) || IsAcronym(head))
        {
            return SpeakerKind.Organisation;
        }

        for (var i = phrase.First; i < phrase.CoreEnd; i++)
        {
            if (v.IsFreeWord(i) && (QuoteLexicon.TryNameTitle(v.Word(i), out _)
                || QuoteLexicon.TryGivenName(v.Word(i), out _)))
            {
                return SpeakerKind.Person;
            }
        }

        return SpeakerKind.Unknown;
    }

    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsUpper(c) && c != '&')
            {
                return false;
            }
        }

        return true;
    }

    private static bool EndsPossessive(ParagraphView v, int mentionEnd, int token)
    {
        var last = token;
        while (last + 1 < v.Count && v[last + 1].Start < mentionEnd)
        {
            last++;
        }

        return v.IsKind(last, TokenKind.Word) && (v.IsPossessive(last) || (v[last].End > mentionEnd && v.Text[mentionEnd] is '\'' or '’'));
    }

    // "..., said Greta Holm, an analyst": a name right after a speech verb (not "told") and before a comma or a full stop is its subject.
    private static bool IsInvertedSubject(ParagraphView v, int token, int mentionEnd)
    {
        if (token == 0 || !v.IsFreeWord(token - 1) || v.VerbLemma(token - 1) is not { } lemma || lemma == "tell")
        {
            return false;
        }

        // "Henman urged Bogdanovic, ...": after a named subject the name is the verb's object.
        if (token >= 2 && v.IsFreeWord(token - 2) && v.HasCapital(token - 2))
        {
            return false;
        }

        var next = token;
        while (next < v.Count && v[next].Start < mentionEnd)
        {
            next++;
        }

        return next >= v.Count || v[next].Kind is TokenKind.Comma or TokenKind.Stop;
    }

    // "Paper Lanterns, Milo Finch and ...": a name followed by "and", "or" or (after a comma) another comma is an item of a list.
    private static bool IsListed(ParagraphView v, int mentionEnd, int token)
    {
        var next = token;
        while (next < v.Count && v[next].Start < mentionEnd)
        {
            next++;
        }

        if (next >= v.Count)
        {
            return false;
        }

        if (v.IsFreeWord(next) && v.Word(next) is "and" or "or" or "nor" or "&")
        {
            return true;
        }

        return v.IsKind(next, TokenKind.Comma) && token > 0 && v.IsKind(token - 1, TokenKind.Comma);
    }

    // A mention that opens its clause ("Seeing the danger, Mr Gorringe then ...", "Foreign Secretary
    // Ewan Strachan said") rather than sitting in an object or a prepositional phrase.

    // A possessor after a comma (", King Tarek's brother,") describes someone else.
    private static bool IsSubjectPosition(ParagraphView v, int token, bool possessive)
    {
        var steps = 0;
        for (var k = token - 1; k >= 0; k--)
        {
            if (!v.IsKind(k, TokenKind.Word))
            {
                return v[k].Kind is TokenKind.Stop or TokenKind.Colon or TokenKind.Semicolon or TokenKind.Dash
                    or TokenKind.OpenBracket or TokenKind.DoubleMark
                    || (v[k].Kind == TokenKind.Comma && !possessive);
            }

            if (v.InQuote(k) || ++steps > 6)
            {
                return false;
            }

            // "But Mr X ...", "and Ms Y ...": a coordinated main clause. Subjects of "that", "after" or "when" clauses do not count.
            if (v.InLower(WordClass.IntroWord, k))
            {
                // "he and Tovey disagree", "which also stars X": after a word, "and" or "also" does not open a
                // clause; "but" does ("this season but captain X sees progress").
                return v.Word(k) is "but" or "yet" || !(k > 0 && v.IsKind(k - 1, TokenKind.Word));
            }

            if (v.HasCapital(k) || v.InLower(WordClass.Determiner, k) || SpeakerPhrases.IsSpeakerNoun(v, k) || v.IsPossessive(k)
                || (k + 1 < token && SpeakerPhrases.IsSpeakerNoun(v, k + 1) && SpeakerPhrases.IsLowerModifier(v, k)))
            {
                continue;
            }

            return false;
        }

        return true;
    }

    private sealed record Candidate(Speaker Speaker, bool Subject, int Mention = -1);
}
