using NewsExtract.Text;

namespace NewsExtract.Quotes;

/// <summary>
/// Extracts the quotations of an article paragraph by paragraph, keeping what carries over between
/// paragraphs: the speakers named so far (for pronouns and for quotations with no attribution of
/// their own) and a quotation left open at a paragraph's end.
/// </summary>
internal sealed class QuoteAttributor
{
    private const int ShortQuoteWords = 3;
    private const int MaxAttributionTokens = 40;

    private readonly Article _article;
    private readonly SpeakerResolver _resolver;
    private readonly PositionedList<Speaker> _trail = new();
    private readonly List<CueEvent> _events = [];
    private readonly List<Attribution?> _attributions = [];
    private readonly HashSet<CueEvent> _usedAfter = [];
    private Attribution? _openAtParagraphEnd;
    private Attribution? _leadInAtParagraphEnd;
    private int _openFact = -1;

    public QuoteAttributor(Article article, SpeakerResolver resolver)
    {
        _article = article;
        _resolver = resolver;
    }

    public void Extract(ParagraphView v, List<QuoteFact> facts)
    {
        _resolver.NoteMentions(v);
        CueFinder.Find(v, _events);
        NoteSentenceSubjects(v);
        ResolveCues(v);

        _attributions.Clear();
        _usedAfter.Clear();
        var paragraphFacts = facts.Count;
        var carried = _openAtParagraphEnd;
        var leadIn = _leadInAtParagraphEnd;
        _openAtParagraphEnd = null;
        _leadInAtParagraphEnd = LeadInAtEnd(v);
        for (var s = 0; s < v.Segments.Count; s++)
        {
            var attribution = s == 0 && leadIn is not null && v.Segments[0].OpenToken == 0 ? leadIn : Attribute(v, s, carried);
            _attributions.Add(attribution);
            if (attribution.Event is { } cue && attribution.Rule == "quote.direct.cue-after")
            {
                _usedAfter.Add(cue);
            }
        }

        TakeAttributionFromLaterParts(v, facts, carried);
        var openFact = -1;
        for (var s = 0; s < v.Segments.Count; s++)
        {
            var segment = v.Segments[s];
            var attribution = _attributions[s]!;
            if (IsSpeech(v, segment, attribution, s > 0 ? _attributions[s - 1] : null))
            {
                facts.Add(Fact(segment.ContentStart, segment.ContentEnd, "direct", attribution));
                openFact = facts.Count - 1;
                if (attribution.Speaker is { } speaker)
                {
                    _trail.Add(segment.ContentStart, v.Paragraph.Index, speaker);
                }
            }

            if (segment.End == SegmentEnd.ParagraphEnd)
            {
                _openAtParagraphEnd = attribution;
                _openFact = IsSpeech(v, segment, attribution, s > 0 ? _attributions[s - 1] : null) ? openFact : -1;
            }
        }

        AddReportedSpeech(v, facts, paragraphFacts);
    }

    // `"The plan failed. "We need a new one," she said.`: a part with no attribution of its own takes
    // the attribution of a later part of the same quotation, within the paragraph or (for a quotation
    // carried over a paragraph break) from the next paragraph's first part.
    private void TakeAttributionFromLaterParts(ParagraphView v, List<QuoteFact> facts, Attribution? carried)
    {
        for (var s = v.Segments.Count - 2; s >= 0; s--)
        {
            if (IsWeak(_attributions[s]) && v.Segments[s + 1].ContinuesPrevious && _attributions[s + 1] is { } later && !IsWeak(later))
            {
                _attributions[s] = later with { Rule = "quote.direct.run-on" };
            }
        }

        if (v.Segments.Count > 0 && _openFact >= 0 && _openFact < facts.Count && carried is not null && IsWeak(carried)
            && v.Segments[0] is { } first && (first.OpenToken == 0 || first.OpensAtParagraphStart) && _attributions[0] is { } own && !IsWeak(own))
        {
            facts[_openFact] = facts[_openFact] with
            {
                Speaker = own.Speaker?.Name, SpeakerId = own.Speaker?.Id, Cue = own.Cue, Rule = "quote.direct.paragraph-continued",
            };
        }

        _openFact = -1;
    }

    // "He told the BBC:" closing a paragraph introduces the quotation that opens the next one.
    private Attribution? LeadInAtEnd(ParagraphView v)
    {
        var colon = v.Count - 1;
        if (colon < 1 || !v.IsFree(colon, TokenKind.Colon) || LastCueIn(v.SentenceStart(colon), colon) is not { } lead)
        {
            return null;
        }

        return new Attribution(lead.Speaker, lead.Cue, "quote.direct.colon", lead);
    }

    private static bool IsWeak(Attribution? attribution) =>
        attribution is null || attribution.Rule is "quote.direct.continuation" or "quote.direct.unattributed";

    // Organisations and groups that open a sentence ("The Kremlin rejected ...", "Junior doctors
    // marched ...") are what a later "it" or "they" most often means.
    private void NoteSentenceSubjects(ParagraphView v)
    {
        // From one sentence start to the next: the token after the stop that ends the sentence.
        for (var i = 0; i < v.Count; i = v.SentenceEnd(i) + 1)
        {
            var q = i;
            while (q < v.Count && v.IsFreeWord(q) && v.InLower(WordClass.IntroWord, q))
            {
                q++;
            }

            if (q < v.Count && v.IsFreeWord(q) && !v.InLower(WordClass.AdverbialStart, q)
                && SpeakerPhrases.Starting(v, q) is { } phrase && !SpeakerPhrases.IsPronoun(v, phrase.Head) && v.IsFreeWord(phrase.End)
                && SpeakerResolver.LooksCollective(v, phrase)
                && _resolver.Resolve(v, phrase) is { Id: null, Kind: SpeakerKind.Organisation or SpeakerKind.Group } subject)
            {
                _resolver.NoteSpeaker(v[phrase.First].Start, v.Paragraph.Index, subject);
            }
        }
    }

    private void ResolveCues(ParagraphView v)
    {
        foreach (var cue in _events)
        {
            cue.Speaker = cue.SameAs is { } same ? same.Speaker : cue.Phrase is { } phrase ? _resolver.ResolveSubject(v, phrase, cue.Appositive) : null;
            if (cue.Speaker is not { } speaker)
            {
                continue;
            }

            var position = v[cue.VerbToken].Start;
            _resolver.NoteSpeaker(position, v.Paragraph.Index, speaker);
            if (cue.Reporting)
            {
                _trail.Add(position, v.Paragraph.Index, speaker);
            }
        }
    }

    private Attribution Attribute(ParagraphView v, int index, Attribution? carried)
    {
        var segment = v.Segments[index];
        var previous = index > 0 ? v.Segments[index - 1] : null;
        var previousAttribution = index > 0 ? _attributions[index - 1] : null;
        var windowStart = previous is null ? 0 : previous.EndToken + 1;

        // Lead-in with a colon: `Ms Castell told the BBC: "..."`, or a bare name: `Mr Smith: "..."`.
        if (segment.OpenToken > 0 && v.IsFree(segment.OpenToken - 1, TokenKind.Colon))
        {
            var colon = segment.OpenToken - 1;
            var from = Math.Max(v.SentenceStart(colon), windowStart);
            if (LastCueIn(from, colon) is { } lead)
            {
                return new Attribution(lead.Speaker, lead.Cue, "quote.direct.colon", lead);
            }

            // A list dash or bullet may open the line: `- Stockport boss Gary Wendle: "..."`.
            while (from < colon && !v.IsKind(from, TokenKind.Word))
            {
                from++;
            }

            if (SpeakerPhrases.Starting(v, from) is { } name && name.End == colon && _resolver.Resolve(v, name) is { } named)
            {
                return new Attribution(named, null, "quote.direct.name-colon", null);
            }
        }

        // Cue after the closing mark: `"...," Okafor said.` / `"...," said Brandauer.`
        if (segment.CloseToken >= 0 && CueAfter(v, segment) is { } after)
        {
            return new Attribution(after.Speaker, after.Cue, "quote.direct.cue-after", after);
        }

        // Cue earlier in the sentence: `Mr Okafor said the farmers needed "..."`, `saying, "..."`,
        // `Mr Tovey asked ... how the "permit scheme" could "protect ..."`.
        if (segment.OpenToken >= 0 && LastCueIn(v.SentenceStart(segment.OpenToken), segment.OpenToken) is { } before)
        {
            return new Attribution(before.Speaker, before.Cue, "quote.direct.cue-before", before);
        }

        // The same quotation split by a lost closing mark or a paragraph break.
        if (segment.ContinuesPrevious && previousAttribution is not null)
        {
            return previousAttribution with { Rule = "quote.direct.run-on" };
        }

        if (index == 0 && carried is not null && (segment.OpenToken == 0 || segment.OpensAtParagraphStart))
        {
            return carried with { Rule = "quote.direct.paragraph-continued" };
        }

        // `"...," he said. "..."`: the attribution between two parts of one quotation.
        if (previousAttribution is { Rule: "quote.direct.cue-after", Event: { } split } && OnlyAttributionBetween(v, split, segment))
        {
            return previousAttribution with { Rule = "quote.direct.interrupted" };
        }

        // No attribution of its own: the last speaker, unless the sentence just before makes someone
        // named after that speaker its subject ("Coach Ben Harlow was delighted. "We played well."").
        var opening = segment.OpenToken >= 0 ? v[segment.OpenToken].Start : segment.ContentStart;
        var last = _trail.LastBefore(opening, int.MinValue, _ => true);
        if (segment.OpenToken >= 0 && v.SentenceStart(segment.OpenToken) == segment.OpenToken
            && _resolver.SubjectOfPreviousSentence(opening) is { } subject && subject.Speaker != last
            && _trail.LastPositionBefore(opening) < subject.Position)
        {
            return new Attribution(subject.Speaker, null, "quote.direct.continuation", null);
        }

        return new Attribution(last, null, last is null ? "quote.direct.unattributed" : "quote.direct.continuation", null);
    }

    private CueEvent? LastCueIn(int from, int to)
    {
        for (var k = _events.Count - 1; k >= 0 && _events[k].VerbToken >= from; k--)
        {
            var cue = _events[k];
            if (cue.VerbToken < to && (cue.Speaker is not null || cue.Phrase is not null))
            {
                return cue;
            }
        }

        return null;
    }

    private CueEvent? CueAfter(ParagraphView v, QuoteSegment segment)
    {
        var k = segment.CloseToken + 1;
        if (v.IsFree(k, TokenKind.Comma) || v.IsFree(k, TokenKind.Dash))
        {
            k++;
        }

        foreach (var cue in _events)
        {
            if (cue.VerbToken > k + MaxAttributionTokens)
            {
                break;
            }

            // The attribution starts right after the mark; a few words may precede the phrase found
            // ("chairman and chief executive Ingrid Falk said").
            if (cue.ClauseStart < k || (cue.Speaker is null && cue.Phrase is null) || !OnlyWordsBetween(v, k, cue.ClauseStart))
            {
                continue;
            }

            // `"... we will win." He said the party ...`: after a full stop, a cue that goes on into a
            // clause of its own starts a new sentence; `"... win." Mr X said.` ends soon after the cue.
            var endsSentence = segment.ContentEnd > segment.ContentStart && _article.Text[segment.ContentEnd - 1] == '.';
            if (endsSentence && !cue.Inverted && (!EndsSoonAfter(v, cue) || ReportedSpeech.After(v, cue) is not null))
            {
                return null;
            }

            return cue;
        }

        return null;
    }

    private static bool EndsSoonAfter(ParagraphView v, CueEvent cue)
    {
        const int MaxTail = 8;
        var end = v.SentenceEnd(cue.VerbToken);
        if (end - cue.ClauseEnd > MaxTail)
        {
            return false;
        }

        for (var j = cue.ClauseEnd; j < end; j++)
        {
            if (v.IsKind(j, TokenKind.Colon) || v.IsKind(j, TokenKind.DoubleMark) || v.WordIs(j, "that"))
            {
                return false;
            }
        }

        return true;
    }

    private static bool OnlyWordsBetween(ParagraphView v, int from, int to)
    {
        const int MaxWords = 6;
        if (to - from > MaxWords)
        {
            return false;
        }

        for (var j = from; j < to; j++)
        {
            // `denounced the "..." and said ...`: a coordinated verb is not the quotation's own attribution.
            if (!v.IsFreeWord(j) || v.VerbLemma(j) is not null || (j == to - 1 && v.Word(j) is "and" or "but" && v.VerbLemma(to) is not null))
            {
                return false;
            }
        }

        return true;
    }

    // Only the attribution clause (and a short tail such as "on Monday") lies between the two parts.
    private static bool OnlyAttributionBetween(ParagraphView v, CueEvent cue, QuoteSegment segment)
    {
        const int MaxTail = 8;
        if (segment.OpenToken < 0 || segment.OpenToken - cue.ClauseEnd > MaxTail)
        {
            return false;
        }

        // Words may follow the cue ("on Monday") but not start a new sentence before the quotation resumes.
        var sentenceEnded = false;
        for (var j = cue.ClauseEnd; j < segment.OpenToken; j++)
        {
            if (v.IsKind(j, TokenKind.DoubleMark) || (v.IsKind(j, TokenKind.Word) && (sentenceEnded || v.VerbLemma(j) is not null)))
            {
                return false;
            }

            sentenceEnded |= v.IsKind(j, TokenKind.Stop) && !v.IsAbbreviationStop(j);
        }

        return true;
    }

    // Scare quotes and titles ("desperate", "Big Brother") are not speech: a quotation of up to three
    // words counts only when a cue attributes it directly; a longer one right after a title word
    // ("the film "...") is a title.
    private bool IsSpeech(ParagraphView v, QuoteSegment segment, Attribution attribution, Attribution? previous)
    {
        var words = ReportedSpeech.WordCount(v, segment.FirstToken, segment.EndToken);
        if (words <= ShortQuoteWords)
        {
            var last = _article.Text[segment.ContentEnd - 1];
            // `"It is over," she told the room, "for now."`: the rest of an interrupted quotation counts too.
            var resumed = previous is { Rule: "quote.direct.cue-after" } && previous.Event is not null && previous.Event == attribution.Event;
            // British and European house styles put the comma after the closing mark (`«We will see», said X`):
            // that counts only when the quotation opens its sentence and the cue follows at once, not for a
            // scare quote inside reported speech (`prices were "moderate", the report said`).
            var commaAfter = segment.CloseToken >= 0 && v[segment.CloseToken].End < _article.Text.Length
                && segment.OpenToken >= 0 && v.SentenceStart(segment.OpenToken) == segment.OpenToken
                && _article.Text[v[segment.CloseToken].End] == ','
                && attribution is { Rule: "quote.direct.cue-after", Event: { } cue } && cue.VerbToken - segment.CloseToken <= 5;
            return (resumed || attribution.Rule is "quote.direct.colon" or "quote.direct.cue-after" or "quote.direct.name-colon" or "quote.direct.interrupted")
                && (last is ',' or '.' or '!' or '?' or '…' || commaAfter);
        }

        if (segment.OpenToken > 0 && v.IsFreeWord(segment.OpenToken - 1) && v.InLower(WordClass.TitleWord, segment.OpenToken - 1))
        {
            return false;
        }

        return !IsTitleCase(v, segment);
    }

    // "Strategy for the Renewal of Coastal Towns": every word longer than three letters capitalised, no final punctuation.
    private static bool IsTitleCase(ParagraphView v, QuoteSegment segment)
    {
        if (char.IsPunctuation(v.Text[segment.ContentEnd - 1]) && v.Text[segment.ContentEnd - 1] is not ')')
        {
            return false;
        }

        for (var j = segment.FirstToken; j < segment.EndToken; j++)
        {
            if (v.IsKind(j, TokenKind.Word) && v.Word(j).Length > 3 && !char.IsUpper(v.Word(j)[0]) && !char.IsDigit(v.Word(j)[0]))
            {
                return false;
            }
        }

        return true;
    }

    // Facts from paragraphFacts on are this paragraph's: only they can share a span with a clause in
    // it, so only they are compared (all the article's facts made long articles quadratic).
    private void AddReportedSpeech(ParagraphView v, List<QuoteFact> facts, int paragraphFacts)
    {
        foreach (var cue in _events)
        {
            if (cue.Speaker is null && cue.Phrase is null)
            {
                continue;
            }

            if (ReportedSpeech.AfterSource(v, cue) is { } sourced)
            {
                Add(sourced, "quote.indirect.according-to");
            }
            else if (!_usedAfter.Contains(cue) && ReportedSpeech.After(v, cue) is { } after)
            {
                Add(after, "quote.indirect.clause");
            }
            else if (!_usedAfter.Contains(cue) && ReportedSpeech.Before(v, cue) is { } before)
            {
                Add(before, "quote.indirect.cue-after");
            }

            void Add((int Start, int End) range, string rule)
            {
                var start = v[range.Start].Start;
                var end = v[range.End - 1].End;
                var span = new TextSpan(start, end);
                for (var i = paragraphFacts; i < facts.Count; i++)
                {
                    if (facts[i].Span == span)
                    {
                        return; // two cues for one clause: the first keeps it
                    }
                }

                facts.Add(Fact(start, end, "indirect", new Attribution(cue.Speaker, cue.Cue, rule, cue)));
            }
        }
    }

    private QuoteFact Fact(int start, int end, string type, Attribution attribution)
    {
        var span = new TextSpan(start, end);
        return new QuoteFact(span, _article.Slice(span), type, attribution.Speaker?.Name, attribution.Speaker?.Id, attribution.Cue, attribution.Rule);
    }
}
