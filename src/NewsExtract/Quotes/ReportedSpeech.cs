namespace NewsExtract.Quotes;

/// <summary>
/// Finds the reported clause of a speech cue: "X said (that) CLAUSE", "X told the BBC CLAUSE",
/// "CLAUSE, X said.", "according to X, CLAUSE". Ranges are token indices of the paragraph, end exclusive.
/// </summary>
internal static class ReportedSpeech
{
    private const int MaxThatDistance = 12;
    private const int MinWords = 3;
    private const int MaxTrailingTokens = 5;
    private const int MaxClauseTokens = 200;

    /// <summary>The clause after the cue ("said (that) ..."), or null.</summary>
    public static (int Start, int End)? After(ParagraphView v, CueEvent cue)
    {
        if (!cue.Reporting || cue.Inverted)
        {
            return null;
        }

        var objectTaking = cue.Lemma is "tell" or "inform" or "assure" or "warn" or "remind" or "urge";
        var i = cue.VerbEnd;
        var that = FindThat(v, i, objectTaking);
        int start;
        if (that >= 0)
        {
            start = that + 1;
        }
        else if (QuoteLexicon.ThatOnlyLemmas.Contains(cue.Lemma))
        {
            return null;
        }
        else
        {
            if (objectTaking && cue.Lemma != "warn" && SpeakerPhrases.Starting(v, i) is { } listener)
            {
                i = listener.End;
            }

            start = i;
        }

        if (!StartsClause(v, start))
        {
            return null;
        }

        var end = ClauseEnd(v, start);
        return WordCount(v, start, end) >= MinWords ? (start, end) : null;
    }

    /// <summary>The clause before a cue that ends its sentence ("CLAUSE, the minister said."), or null.</summary>
    public static (int Start, int End)? Before(ParagraphView v, CueEvent cue)
    {
        if (!cue.Reporting || cue.Participle)
        {
            return null;
        }

        var comma = cue.ClauseStart - 1;
        if (!v.IsFree(comma, TokenKind.Comma))
        {
            return null;
        }

        var sentenceEnd = v.SentenceEnd(cue.VerbToken);
        if (sentenceEnd - cue.ClauseEnd > MaxTrailingTokens)
        {
            return null;
        }

        for (var j = cue.ClauseEnd; j < sentenceEnd; j++)
        {
            if (!v.IsFreeWord(j) || v.WordIs(j, "that"))
            {
                return null;
            }
        }

        var start = v.SentenceStart(comma);
        if (comma - start > MaxClauseTokens)
        {
            return null;
        }

        for (var j = start; j < comma; j++)
        {
            // A direct quotation in front is attributed as such, not as reported speech.
            if (v.IsKind(j, TokenKind.DoubleMark) && v.SegmentAt(j + 1) is { } segment && segment.OpenToken == j
                && WordCount(v, segment.FirstToken, segment.EndToken) > 3)
            {
                return null;
            }
        }

        return WordCount(v, start, comma) >= MinWords ? (start, comma) : null;
    }

    /// <summary>"According to X, CLAUSE": the clause after the source, or null.</summary>
    public static (int Start, int End)? AfterSource(ParagraphView v, CueEvent cue)
    {
        if (cue.Lemma != "according to" || cue.Phrase is not { } source || !v.IsFree(source.End, TokenKind.Comma))
        {
            return null;
        }

        var start = source.End + 1;
        if (!StartsClause(v, start))
        {
            return null;
        }

        var end = ClauseEnd(v, start);
        return WordCount(v, start, end) >= MinWords ? (start, end) : null;
    }

    // "said in a post on Telegram that ...", "told reporters that ...": the "that" after an
    // adverbial or a listener, or -1. A clause right after the verb ("said it was clear that") is not skipped.
    private static int FindThat(ParagraphView v, int from, bool objectTaking)
    {
        if (!v.IsFreeWord(from))
        {
            return -1;
        }

        if (v.WordIs(from, "that"))
        {
            return from;
        }

        // "agreed to a plan that covers ...": after "to" comes an object, and its "that" is a relative pronoun.
        if (!objectTaking && (v.WordIs(from, "to") || (!v.InLower(WordClass.AdverbialStart, from) && !SpeakerPhrases.IsVerbModifier(v, from))))
        {
            return -1;
        }

        for (var j = from + 1; j < v.Count && j - from <= MaxThatDistance; j++)
        {
            if (v.IsAbbreviationStop(j))
            {
                continue;
            }

            if (!v.IsFreeWord(j) || v.VerbLemma(j) is not null)
            {
                return -1;
            }

            if (v.WordIs(j, "that"))
            {
                return j;
            }
        }

        return -1;
    }

    private static bool StartsClause(ParagraphView v, int index)
    {
        if (!v.IsFreeWord(index))
        {
            return false;
        }

        var word = v.Word(index);
        if (SpeakerPhrases.IsPronoun(v, index) || v.InLower(WordClass.Determiner, index) || char.IsUpper(word[0]) || char.IsDigit(word[0])
            || word is "there" or "this" or "these" or "those" or "all" or "both" or "we" or "i" or "you" or "no-one" or "nobody" or "none")
        {
            return !(char.IsUpper(word[0]) && v.InLower(WordClass.AdverbialStart, index));
        }

        return !v.InLower(WordClass.ClauseWord, index) && !v.InLower(WordClass.AdverbialStart, index)
            && !SpeakerPhrases.IsVerbModifier(v, index) && v.VerbLemma(index) is null && !SpeakerPhrases.EndsWithVerbSuffix(word);
    }

    // The clause runs to the end of its sentence, or to a following cue (", adding ...", ", according to").
    private static int ClauseEnd(ParagraphView v, int start)
    {
        var limit = Math.Min(v.Count, start + MaxClauseTokens);
        for (var j = start; j < limit; j++)
        {
            if (v.InQuote(j))
            {
                continue;
            }

            var kind = v[j].Kind;
            if ((kind == TokenKind.Stop && !v.IsAbbreviationStop(j)) || kind is TokenKind.Semicolon or TokenKind.Colon)
            {
                return j;
            }

            if (kind == TokenKind.Comma && v.IsFreeWord(j + 1)
                && (v.WordIs(j + 1, "according") || (v.Word(j + 1).EndsWith("ing", StringComparison.Ordinal) && v.VerbLemma(j + 1) is not null)))
            {
                return j;
            }
        }

        return limit;
    }

    public static int WordCount(ParagraphView v, int start, int end)
    {
        var count = 0;
        for (var j = start; j < end; j++)
        {
            if (v.IsKind(j, TokenKind.Word))
            {
                count++;
            }
        }

        return count;
    }
}
