using NewsExtract.Text;

namespace NewsExtract.Officials;

/// <summary>Splits one paragraph into <see cref="NameToken"/>s in a single pass.</summary>
internal static class NameTokenizer
{
    /// <summary>
    /// Appends the tokens of <paramref name="paragraph"/> to <paramref name="tokens"/>, and its lower-case words to
    /// <paramref name="vocabulary"/> while they are at hand.
    /// </summary>
    public static void Tokenize(Article article, Paragraph paragraph, ref int sentenceCursor, NameTokenBuffer tokens, ArticleVocabulary? vocabulary)
    {
        // The text up to the paragraph's end, so that every index test is also the bound of the span.
        var text = article.Text.AsSpan(0, paragraph.Span.End);
        var sentences = article.Sentences;
        var i = paragraph.Span.Start;
        var atSentenceStart = true;

        // The current sentence's bounds in locals: the test below runs at every character.
        var (sentenceStart, sentenceEnd) = SentenceBounds(sentences, sentenceCursor);
        while (i < text.Length)
        {
            var c = text[i];
            while (sentenceEnd <= i)
            {
                sentenceCursor++;
                (sentenceStart, sentenceEnd) = SentenceBounds(sentences, sentenceCursor);
            }

            if (sentenceStart == i)
            {
                atSentenceStart = true;
            }

            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsLetter(c))
            {
                var wordEnd = ReadWord(text, i, out var next, out var possessive, out var hyphen);
                var flags = WordShape(text[i..wordEnd], hyphen) | (possessive ? NameTokenFlags.Possessive : 0) | StartFlag(atSentenceStart);
                tokens.Add(new NameToken(i, wordEnd, NameTokenKind.Word, flags));
                if ((flags & NameTokenFlags.Lower) != 0)
                {
                    vocabulary?.AddLowerCaseWord(text[i..wordEnd]);
                }

                atSentenceStart = false;
                i = next;
                continue;
            }

            if (char.IsDigit(c))
            {
                var j = i + 1;
                while (j < text.Length && (char.IsLetterOrDigit(text[j]) || (text[j] is '.' or ',' && j + 1 < text.Length && char.IsDigit(text[j + 1]))))
                {
                    j++;
                }

                tokens.Add(new NameToken(i, j, NameTokenKind.Number, StartFlag(atSentenceStart)));
                atSentenceStart = false;
                i = j;
                continue;
            }

            // Opening quotes and brackets keep the next word sentence-initial.
            var opening = c is '"' or '“' or '‘' or '\'' or '(' or '[' or '«';
            tokens.Add(new NameToken(i, i + 1, NameTokenKind.Punctuation, StartFlag(atSentenceStart)));
            if (!opening)
            {
                atSentenceStart = false;
            }

            i++;
        }
    }

    private static NameTokenFlags StartFlag(bool atSentenceStart) => atSentenceStart ? NameTokenFlags.SentenceStart : NameTokenFlags.None;

    // Capitalised: starts with a capital ("Castell", "O'Rourke") or an Arabic article and a capital ("al-Rashed").
    // hyphen: the offset of the word's first '-', or -1.
    private static NameTokenFlags WordShape(ReadOnlySpan<char> word, int hyphen)
    {
        if (char.IsUpper(word[0]))
        {
            return NameTokenFlags.Capitalised;
        }

        // "al-Rashed", "bin-Saleh" (a listed particle joined by a hyphen), "d'Aubigny".
        var capitalised = (hyphen > 0 && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1]) && OfficialLexicon.IsHyphenParticle(word[..hyphen]))
            || (word.Length > 2 && word[0] == 'd' && word[1] is '\'' or '’' && char.IsUpper(word[2]));
        return (capitalised ? NameTokenFlags.Capitalised : NameTokenFlags.None) | (char.IsLower(word[0]) ? NameTokenFlags.Lower : NameTokenFlags.None);
    }

    // Past the last sentence no bound is ever met.
    private static (int Start, int End) SentenceBounds(IReadOnlyList<Sentence> sentences, int cursor) =>
        cursor < sentences.Count ? (sentences[cursor].Span.Start, sentences[cursor].Span.End) : (-1, int.MaxValue);

    // A word runs over letters, marks and digits, and over ' ’ - . when a letter follows
    // ("O'Connor", "Ashby-Vane", "U.S"); a trailing "'s" or "s'" is a possessive, a dot after a
    // single capital (an initial) or a known honorific ("Gen.") belongs to the word. Returns the
    // word's end; next is where the next token may start, hyphen the offset of the first '-' in the word or -1.
    private static int ReadWord(ReadOnlySpan<char> text, int start, out int next, out bool possessive, out int hyphen)
    {
        possessive = false;
        hyphen = -1;
        var j = start + 1;
        while (j < text.Length)
        {
            j = AsciiRuns.End(text, j); // the bulk of any word
            if (j >= text.Length)
            {
                break;
            }

            var c = text[j];

            // ASCII first: no ASCII character outside letters and digits is a letter, digit or mark.
            if (char.IsAsciiLetterOrDigit(c) || (!char.IsAscii(c) && (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)))
            {
                j++;
                continue;
            }

            if (c is '\'' or '’')
            {
                if (j + 1 < text.Length && text[j + 1] is 's' or 'S' && (j + 2 >= text.Length || !char.IsLetter(text[j + 2])))
                {
                    next = j + 2;
                    possessive = true;
                    return j;
                }

                if (j + 1 < text.Length && char.IsLetter(text[j + 1]))
                {
                    j++;
                    continue;
                }

                // "Jennings' memoir": a bare apostrophe after s.
                if (text[j - 1] is 's' && (j + 1 >= text.Length || char.IsWhiteSpace(text[j + 1])) && j - start > 2)
                {
                    next = j + 1;
                    possessive = true;
                    return j;
                }

                break;
            }

            if (c is '-' or '‐' && j + 1 < text.Length && char.IsLetter(text[j + 1]))
            {
                if (c == '-' && hyphen < 0)
                {
                    hyphen = j - start;
                }

                j++;
                continue;
            }

            if (c == '.' && j + 1 < text.Length && char.IsLetter(text[j + 1]) && j - start == 1)
            {
                // "U.S", "J.R": letter-dot-letter.
                j++;
                continue;
            }

            break;
        }

        // A dot after an initial ("J.", "U.S.") or an abbreviated honorific ("Gen.", "Dr.") stays with the word.
        if (j < text.Length && text[j] == '.')
        {
            var word = text[start..j];
            if ((word.Length == 1 && char.IsUpper(word[0])) || (word.Length >= 3 && word[^2] == '.')
                || OfficialLexicon.TryHonorific(text[start..(j + 1)], out _, out _))
            {
                next = j + 1;
                return j + 1;
            }
        }

        next = j;
        return j;
    }
}
