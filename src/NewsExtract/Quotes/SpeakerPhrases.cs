using NewsExtract.Officials;

namespace NewsExtract.Quotes;

/// <summary>
/// Reads the phrase that names a speaker, either backwards from a speech verb ("Kremlin aide Arkady
/// Volkhov said", "Idris Quayle, Green co-leader, said") or forwards after an inverted cue ("said a
/// spokesman for the firm", "according to officials"). No part-of-speech tagger: names are capitalised
/// words, other heads come from the speaker noun list, and verbs, conjunctions and prepositions end the
/// phrase.
/// </summary>
internal static class SpeakerPhrases
{
    private const int MaxWords = 9;
    private const int MaxAppositiveTokens = 40;
    private const int MaxSubjectLookBack = 60;

    /// <summary>The subject of the speech verb at <paramref name="verb"/>, or null.</summary>
    public static SpeakerPhrase? Before(ParagraphView v, int verb)
    {
        var i = verb - 1;
        while (i >= 0 && v.IsFreeWord(i) && IsVerbModifier(v, i))
        {
            i--;
        }

        if (i < 0)
        {
            return null;
        }

        if (v.IsFree(i, TokenKind.Comma) || v.IsFree(i, TokenKind.Dash))
        {
            // "Idris Quayle, Green co-leader, said"; or, when the words before the commas are no speaker
            // phrase, the name between them ("The UN's refugee envoy, Maren Tollefsen, said").
            var open = AppositiveStart(v, i);
            return open > 0 ? Ending(v, open - 1) ?? (Ending(v, i - 1) is { } inner && inner.First == open + 1 ? inner : null) : null;
        }

        return Ending(v, i);
    }

    /// <summary>The phrase ending at <paramref name="head"/>, read backwards.</summary>
    public static SpeakerPhrase? Ending(ParagraphView v, int head)
    {
        if (!v.IsFreeWord(head))
        {
            return null;
        }

        if (IsPronoun(v, head))
        {
            // "what it said was ...": a relative clause, not a speaker.
            return head > 0 && v.WordIs(head - 1, "what") ? null : new SpeakerPhrase(head, head + 1, head + 1);
        }

        if (v.IsPossessive(head) || !IsHead(v, head))
        {
            return null;
        }

        var first = head;
        var words = 1;
        for (var j = head - 1; j >= 0 && words < MaxWords; j--)
        {
            if (v.IsAbbreviationStop(j))
            {
                continue;
            }

            if (!v.IsFreeWord(j))
            {
                break;
            }

            if (IsConnector(v, j) || IsNameParticle(v, j))
            {
                // "member of the Cabinet" goes on; "the memo from the union" stops at "from".
                if (!v.IsFreeWord(j - 1) || (IsConnector(v, j) && !IsSpeakerNoun(v, j - 1) && !v.HasCapital(j - 1)))
                {
                    break;
                }

                first = j;
                words++;
                continue;
            }

            if (v.InLower(WordClass.Determiner, j))
            {
                // "member of the Cabinet": a determiner after a connector stays inside the phrase.
                first = j;
                words++;
                if (j > 0 && v.IsFreeWord(j - 1) && IsConnector(v, j - 1))
                {
                    continue;
                }

                break;
            }

            if (IsBoundaryWord(v, j))
            {
                break;
            }

            if (v.HasCapital(j) || IsLowerModifier(v, j))
            {
                first = j;
                words++;
                continue;
            }

            break;
        }

        while (first < head && (IsConnector(v, first) || v.WordIs(first, "and")))
        {
            first++;
        }

        return Build(v, first, head + 1);
    }

    /// <summary>The phrase starting at <paramref name="start"/>, read forwards.</summary>
    public static SpeakerPhrase? Starting(ParagraphView v, int start)
    {
        if (!v.IsFreeWord(start))
        {
            return null;
        }

        if (IsPronoun(v, start))
        {
            return new SpeakerPhrase(start, start + 1, start + 1);
        }

        var last = -1;
        var words = 0;
        for (var j = start; j < v.Count && words < MaxWords; j++)
        {
            if (v.IsAbbreviationStop(j))
            {
                continue;
            }

            if (!v.IsFreeWord(j))
            {
                break;
            }

            if (v.InLower(WordClass.Determiner, j))
            {
                if (j == start || (j > 0 && IsConnector(v, j - 1)))
                {
                    words++;
                    continue;
                }

                break;
            }

            if (IsConnector(v, j) || IsNameParticle(v, j))
            {
                if (last >= 0 && v.IsFreeWord(j + 1))
                {
                    words++;
                    continue;
                }

                break;
            }

            // "Bill and Ben series editor Clare Hobday": "and" between names.
            if (v.Word(j) is "and" or "&" && last >= 0 && last == j - 1 && v.HasCapital(j - 1) && v.IsFreeWord(j + 1) && v.IsCapitalised(j + 1))
            {
                words++;
                continue;
            }

            if (IsBoundaryWord(v, j))
            {
                break;
            }

            if (v.HasCapital(j) || IsSpeakerNoun(v, j))
            {
                last = j;
                words++;
                continue;
            }

            if (IsLowerModifier(v, j) && HeadFollows(v, j))
            {
                words++;
                continue;
            }

            break;
        }

        return last < 0 ? null : Build(v, start, last + 1);
    }

    /// <summary>
    /// The subject of the sentence that holds <paramref name="verb"/>: "Okafor ..., saying" or
    /// "Seeing the danger, Mr Gorringe ..., suggesting". Tries the sentence start, then each clause
    /// after a comma, and takes the first phrase that is followed by a verb or an appositive.
    /// </summary>
    public static SpeakerPhrase? SentenceSubject(ParagraphView v, int verb)
    {
        // Only the sentence start and the clauses shortly before the verb: a bounded look-back keeps this linear.
        var start = v.SentenceStart(verb);
        for (var p = start; p < verb; p = p == start ? Math.Max(start + 1, verb - MaxSubjectLookBack) : p + 1)
        {
            if (p != start && !v.IsFree(p - 1, TokenKind.Comma))
            {
                continue;
            }

            var q = p;
            while (q < verb && v.IsFreeWord(q) && v.InLower(WordClass.IntroWord, q))
            {
                q++;
            }

            if (q >= verb || !v.IsFreeWord(q) || v.InLower(WordClass.AdverbialStart, q) || EndsWithVerbSuffix(v.Word(q)))
            {
                continue;
            }

            if (Starting(v, q) is { } phrase && phrase.End < verb && (v.IsFreeWord(phrase.End) || v.IsFree(phrase.End, TokenKind.Comma)))
            {
                return phrase;
            }
        }

        return null;
    }

    public static bool IsPronoun(ParagraphView v, int index)
    {
        // "He", "She", "They" are pronouns anywhere: a quotation can hide where a sentence starts.
        return v.InLower(WordClass.Pronoun, index, anywhere: true);
    }

    public static bool IsSpeakerNoun(ParagraphView v, int index) =>
        v.In(WordClass.SpeakerNoun, index);

    // "member of the Cabinet", "spokesman for the firm", "ambassador to Greece".
    public static bool IsConnector(ParagraphView v, int index) =>
        v.Word(index) is "of" or "for" or "at" or "from"
        || (v.Word(index) is "to" && index > 0 && v.IsFreeWord(index - 1) && IsSpeakerNoun(v, index - 1));

    public static bool IsVerbModifier(ParagraphView v, int index)
    {
        // Weekdays are capitalised anywhere: "Officials on Monday said".
        if (v.InLower(WordClass.VerbModifier, index, anywhere: true))
        {
            return true;
        }

        // "she said bluntly", "he angrily denied": a lower-case -ly word, unless a determiner makes it a noun ("the family").
        var word = v.Word(index);
        return word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(word[0])
            && !IsSpeakerNoun(v, index) && !(index > 0 && v.IsFreeWord(index - 1) && v.InLower(WordClass.Determiner, index - 1));
    }

    /// <summary>A word that can head a speaker phrase: a name, or a noun such as "spokesman" or "officials".</summary>
    public static bool IsHead(ParagraphView v, int index)
    {
        if (IsSpeakerNoun(v, index))
        {
            return true;
        }

        // "We’ve", "I'm": contractions are never names ("O'Rourke" is).
        var word = v.Word(index);
        var apostrophe = word.IndexOfAny('\'', '’');
        if (apostrophe > 0 && !v.IsPossessive(index) && apostrophe + 1 < word.Length && char.IsLower(word[apostrophe + 1]))
        {
            return false;
        }

        return (v.IsCapitalised(index) || IsParticleName(word)) && !IsBoundaryWord(v, index) && !v.InLower(WordClass.Determiner, index)
            && !v.InLower(WordClass.AdverbialStart, index) && !v.WordIs(index, "I");
    }

    // "al-Rashid", "el-Amin", "bin-Saleh": a listed lower-case particle joined to a capitalised name.
    private static bool IsParticleName(ReadOnlySpan<char> word)
    {
        var hyphen = word.IndexOf('-');
        return hyphen > 0 && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1])
            && OfficialLexicon.IsHyphenParticle(word[..hyphen]);
    }

    private static SpeakerPhrase? Build(ParagraphView v, int first, int end)
    {
        var coreEnd = end;
        for (var j = first + 1; j < end; j++)
        {
            if (IsConnector(v, j))
            {
                coreEnd = j;
                break;
            }
        }

        var head = coreEnd - 1;
        return IsPronoun(v, head) || (!v.IsPossessive(head) && IsHead(v, head)) ? new SpeakerPhrase(first, end, coreEnd) : null;
    }

    // "Idris Quayle, Green co-leader, said" / "Tomas Ferrante - who was ... - said": the mark that opens
    // the appositive whose closing mark is at `close`, or -1. The appositive must read like a noun
    // phrase or a relative clause, not a verb phrase ("..., prompted accusations, claims ...").
    private static int AppositiveStart(ParagraphView v, int close)
    {
        var kind = v[close].Kind;
        for (var j = close - 1; j >= 0 && close - j <= MaxAppositiveTokens; j--)
        {
            var token = v[j];
            if (IsInShortQuote(v, j))
            {
                // `Joan Ritter, one of the so-called "Class of Ninety" elected in 1990, told ...`
                continue;
            }

            if (v.InQuote(j) || token.Kind is TokenKind.DoubleMark or TokenKind.Colon or TokenKind.Semicolon
                || (token.Kind == TokenKind.Stop && !v.IsAbbreviationStop(j)))
            {
                return -1;
            }

            if (token.Kind == kind)
            {
                return j + 1 < close && StartsAppositive(v, j + 1) ? j : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// "Green co-leader Idris Quayle" is read by <see cref="Before"/>; for "The Shadow Secretary of State
    /// for Rural Affairs, Fiona Lusk, said" this gives the name inside the commas, or null.
    /// </summary>
    public static SpeakerPhrase? AppositiveBefore(ParagraphView v, int verb)
    {
        var i = verb - 1;
        while (i >= 0 && v.IsFreeWord(i) && IsVerbModifier(v, i))
        {
            i--;
        }

        if (i < 1 || !v.IsFree(i, TokenKind.Comma) || AppositiveStart(v, i) is var open && open < 0)
        {
            return null;
        }

        return Ending(v, i - 1) is { } inner && inner.First == open + 1 ? inner : null;
    }

    // A token of a quotation of at most three words, or one of its marks: a scare quote inside a phrase.
    private static bool IsInShortQuote(ParagraphView v, int index)
    {
        var segment = v.SegmentAt(index) ?? v.SegmentAt(index + 1) ?? v.SegmentAt(index - 1);
        if (segment is null || (!v.InQuote(index) && !v.IsKind(index, TokenKind.DoubleMark)))
        {
            return false;
        }

        if (!v.InQuote(index) && index != segment.OpenToken && index != segment.CloseToken)
        {
            return false;
        }

        return ReportedSpeech.WordCount(v, segment.FirstToken, segment.EndToken) <= 3;
    }

    private static bool StartsAppositive(ParagraphView v, int index)
    {
        if (!v.IsFreeWord(index))
        {
            return false;
        }

        if (v.HasCapital(index) || char.IsDigit(v.Word(index)[0]) || v.InLower(WordClass.Determiner, index)
            || v.Word(index) is "who" or "whose" or "which" or "now" or "aged" or "himself" or "herself")
        {
            return true;
        }

        // "deputy associate administrator for ...": any lower-case word that is not a verb form or a clause word.
        return IsSpeakerNoun(v, index) || HeadFollows(v, index) || IsLowerModifier(v, index);
    }

    private static bool IsBoundaryWord(ParagraphView v, int index) =>
        v.InLower(WordClass.ClauseWord, index) || v.InLower(WordClass.IntroWord, index)
        || (char.IsLower(v.Word(index)[0]) && (v.InLower(WordClass.AdverbialStart, index) || v.VerbLemma(index) is not null));

    private static bool IsNameParticle(ParagraphView v, int index) => v.IsNameParticle(index);

    // A lower-case word inside a speaker phrase: "aviation analyst", "prime minister's official spokesman".
    public static bool IsLowerModifier(ParagraphView v, int index)
    {
        var word = v.Word(index);
        return char.IsLower(word[0]) && word.Length > 1 && !IsPronoun(v, index) && !IsBoundaryWord(v, index)
            && (!EndsWithVerbSuffix(word) || v.In(WordClass.ParticipleAdjective, index));
    }

    public static bool EndsWithVerbSuffix(ReadOnlySpan<char> word) =>
        word.Length > 4 && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal));

    // Within the next three words, a name or speaker noun that the modifier can belong to.
    private static bool HeadFollows(ParagraphView v, int index)
    {
        for (var j = index + 1; j < v.Count && j <= index + 3; j++)
        {
            if (!v.IsFreeWord(j))
            {
                return false;
            }

            if (v.HasCapital(j) || IsSpeakerNoun(v, j))
            {
                return true;
            }

            if (!IsLowerModifier(v, j))
            {
                return false;
            }
        }

        return false;
    }
}
