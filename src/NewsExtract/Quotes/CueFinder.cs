namespace NewsExtract.Quotes;

/// <summary>Finds the speech cues of a paragraph (outside quotation marks) and the phrase naming each speaker.</summary>
internal static class CueFinder
{
    public static void Find(ParagraphView v, List<CueEvent> events)
    {
        events.Clear();
        for (var i = 0; i < v.Count; i++)
        {
            if (!v.IsFreeWord(i))
            {
                continue;
            }

            var word = v.Word(i);
            if (word.Length == 9 && word.Equals("according", StringComparison.OrdinalIgnoreCase) && v.WordIs(i + 1, "to"))
            {
                // "according to according to X" (a repeated cue) names its source once, after the second.
                if (!v.WordIs(i + 2, "according") && SpeakerPhrases.Starting(v, i + 2) is { } source)
                {
                    events.Add(new CueEvent
                    {
                        VerbToken = i, VerbEnd = i + 2, Cue = "according to", Lemma = "according to", Reporting = true,
                        Phrase = source, Inverted = true,
                    });
                }

                continue;
            }

            // Most words are neither a speech verb nor the start of a two-word cue: their shape says so without a lookup.
            if (!QuoteLexicon.MayBeCue(word))
            {
                continue;
            }

            if (PhrasalCue(v, i, events) is { } phrasal)
            {
                if (phrasal.Event is { } cue)
                {
                    events.Add(cue);
                }

                i++;
                continue;
            }

            if (v.VerbLemma(i) is not { } lemma)
            {
                continue;
            }

            if (word.EndsWith("ing", StringComparison.Ordinal))
            {
                if (Participle(v, i, lemma, events) is { } participle)
                {
                    events.Add(participle);
                }

                continue;
            }

            var phrase = SpeakerPhrases.Before(v, i);
            var inverted = false;
            if (phrase is null && lemma != "tell" && FollowsQuoteOrComma(v, i))
            {
                phrase = SpeakerPhrases.Starting(v, i + 1);
                inverted = phrase is { } after && EndsInvertedClause(v, after.End);
                phrase = inverted ? phrase : null;
            }

            if (phrase is null)
            {
                // "Okafor condemned X and said ...": a coordinated verb shares the sentence's speaker.
                if (i > 0 && v.IsFreeWord(i - 1) && v.Word(i - 1) is "and" or "but" && Coordinated(v, i, lemma, events) is { } shared)
                {
                    events.Add(shared);
                }

                continue;
            }

            events.Add(new CueEvent
            {
                VerbToken = i, VerbEnd = i + 1, Cue = v.WordText(i), Lemma = lemma,
                Reporting = QuoteLexicon.ReportingLemmas.Contains(lemma), Phrase = phrase, Inverted = inverted,
                Appositive = inverted ? null : SpeakerPhrases.AppositiveBefore(v, i),
            });
        }
    }

    // "..., saying", "with Mr Okafor saying": the participle's own subject, or the speaker of the
    // sentence's earlier cue, or the sentence subject. After a determiner it is a noun ("the warning").
    private static CueEvent? Participle(ParagraphView v, int i, string lemma, List<CueEvent> events)
    {
        if (i > 0 && v.IsFreeWord(i - 1) && (v.InLower(WordClass.Determiner, i - 1) || v.IsPossessive(i - 1)))
        {
            return null;
        }

        var reporting = QuoteLexicon.ReportingLemmas.Contains(lemma);

        // "Reuters quoted a senior port official as saying": the phrase before "as" speaks.
        if (i > 1 && v.WordIs(i - 1, "as") && SpeakerPhrases.Ending(v, i - 2) is { } quoted)
        {
            return new CueEvent { VerbToken = i, VerbEnd = i + 1, Cue = v.WordText(i), Lemma = lemma, Reporting = reporting, Phrase = quoted };
        }
        // "with Mr Okafor saying ...": the participle's own subject. Otherwise a name just before it is an
        // object ("wrote to Mr McAvoy pointing out ..."), and the sentence's speaker speaks.
        if (i > 0 && v.IsFreeWord(i - 1) && (v.IsCapitalised(i - 1) || SpeakerPhrases.IsPronoun(v, i - 1))
            && SpeakerPhrases.Ending(v, i - 1) is { } own && own.First > 0 && v.Word(own.First - 1) is "with" or "without")
        {
            return new CueEvent { VerbToken = i, VerbEnd = i + 1, Cue = v.WordText(i), Lemma = lemma, Reporting = reporting, Phrase = own };
        }

        if (EarlierInSentence(v, i, events) is { } earlier)
        {
            return new CueEvent
            {
                VerbToken = i, VerbEnd = i + 1, Cue = v.WordText(i), Lemma = lemma, Reporting = reporting,
                Participle = true, SameAs = earlier,
            };
        }

        return SpeakerPhrases.SentenceSubject(v, i) is { } subject
            ? new CueEvent { VerbToken = i, VerbEnd = i + 1, Cue = v.WordText(i), Lemma = lemma, Reporting = reporting, Participle = true, Phrase = subject }
            : null;
    }

    // "Mr Tovey pointed out that ...", "says X, pointing out": a two-word cue, with its speaker before or after it.
    private static (CueEvent? Event, bool Found)? PhrasalCue(ParagraphView v, int i, List<CueEvent> events)
    {
        if (!v.IsFreeWord(i + 1))
        {
            return null;
        }

        // Only a known first word pays for building the two-word key.
        if (!v.In(WordClass.PhrasalCueStart, i))
        {
            return null;
        }

        // The key is built in a buffer; only a listed pair gets its string (the list's own).
        var first = v.Word(i);
        var second = v.Word(i + 1);
        var length = first.Length + 1 + second.Length;
        Span<char> buffer = stackalloc char[64];
        var key = length <= buffer.Length ? buffer[..length] : new char[length];
        first.CopyTo(key);
        key[first.Length] = ' ';
        second.CopyTo(key[(first.Length + 1)..]);
        if (!QuoteLexicon.PhrasalCueLookup.TryGetValue(key, out var cue, out var lemma))
        {
            return null;
        }

        var reporting = QuoteLexicon.ReportingLemmas.Contains(lemma);
        if (v.Word(i).EndsWith("ing", StringComparison.Ordinal))
        {
            var earlier = EarlierInSentence(v, i, events);
            var subject = earlier is null ? SpeakerPhrases.SentenceSubject(v, i) : null;
            return (earlier is null && subject is null ? null : new CueEvent
            {
                VerbToken = i, VerbEnd = i + 2, Cue = cue, Lemma = lemma, Reporting = reporting, Participle = true, SameAs = earlier, Phrase = subject,
            }, true);
        }

        var phrase = SpeakerPhrases.Before(v, i);
        var inverted = false;
        if (phrase is null && FollowsQuoteOrComma(v, i) && SpeakerPhrases.Starting(v, i + 2) is { } after && EndsInvertedClause(v, after.End))
        {
            (phrase, inverted) = (after, true);
        }

        var participle = false;
        if (phrase is null)
        {
            phrase = SpeakerPhrases.SentenceSubject(v, i);
            participle = phrase is not null;
        }

        return (phrase is null ? null : new CueEvent
        {
            VerbToken = i, VerbEnd = i + 2, Cue = cue, Lemma = lemma, Reporting = reporting, Phrase = phrase, Inverted = inverted,
            Participle = participle,
        }, true);
    }

    private static CueEvent? Coordinated(ParagraphView v, int i, string lemma, List<CueEvent> events)
    {
        var reporting = QuoteLexicon.ReportingLemmas.Contains(lemma);
        var earlier = EarlierInSentence(v, i, events);
        if (earlier is not null)
        {
            return new CueEvent { VerbToken = i, VerbEnd = i + 1, Cue = v.WordText(i), Lemma = lemma, Reporting = reporting, Participle = true, SameAs = earlier };
        }

        return SpeakerPhrases.SentenceSubject(v, i) is { } subject
            ? new CueEvent { VerbToken = i, VerbEnd = i + 1, Cue = v.WordText(i), Lemma = lemma, Reporting = reporting, Participle = true, Phrase = subject }
            : null;
    }

    private static CueEvent? EarlierInSentence(ParagraphView v, int i, List<CueEvent> events)
    {
        var sentence = v.SentenceStart(i);
        for (var k = events.Count - 1; k >= 0; k--)
        {
            var earlier = events[k];
            if (earlier.VerbToken < sentence)
            {
                break;
            }

            if (earlier.Phrase is not null || earlier.SameAs is not null)
            {
                return earlier;
            }
        }

        return null;
    }

    // "said Mr Smith." / "said Mr Smith in a statement" / "said Mr Smith, adding": the phrase ends the
    // clause. "citing "leaked memos," said Ruritania had signalled" is a subject and its verb, not an inversion.
    private static bool EndsInvertedClause(ParagraphView v, int end) =>
        !v.IsFreeWord(end) || v.InLower(WordClass.AdverbialStart, end) || v.InLower(WordClass.IntroWord, end)
        || SpeakerPhrases.IsVerbModifier(v, end) || v.VerbLemma(end) is not null;

    // An inverted cue follows the quotation or reported clause it attributes: `," said X` / `, said X`.
    private static bool FollowsQuoteOrComma(ParagraphView v, int i) =>
        i > 0 && (v.IsFree(i - 1, TokenKind.Comma) || v.IsFree(i - 1, TokenKind.Dash) || v.IsKind(i - 1, TokenKind.DoubleMark));
}
