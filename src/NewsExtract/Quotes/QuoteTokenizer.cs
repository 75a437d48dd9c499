using NewsExtract.Text;

namespace NewsExtract.Quotes;

/// <summary>
/// Splits a paragraph into words and marks in one pass. Apostrophes inside a word ("Today’s", "don't")
/// stay in the word, so a curly apostrophe never reads as a closing quotation mark.
/// </summary>
internal static class QuoteTokenizer
{
    public static void Tokenize(string text, int start, int end, List<QuoteToken> tokens)
    {
        ReusedBuffer.Clear(tokens); // the view reuses its list across paragraphs and articles
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF')
            {
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                var wordEnd = ReadWord(text, i, end);
                tokens.Add(new QuoteToken(i, wordEnd, TokenKind.Word));
                i = wordEnd;
                continue;
            }

            var (length, kind) = ReadMark(text, i, end);
            tokens.Add(new QuoteToken(i, i + length, kind));
            i += length;
        }
    }

    private static int ReadWord(string text, int i, int end)
    {
        var j = i + 1;
        while (j < end)
        {
            j = AsciiRuns.End(text.AsSpan(0, end), j);
            if (j == end)
            {
                break;
            }

            var c = text[j];
            if (c == ' ')
            {
                // Most words end at a space, which nothing below joins.
                break;
            }

            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
                or System.Globalization.UnicodeCategory.SpacingCombiningMark)
            {
                j++;
                continue;
            }

            var next = j + 1 < end ? text[j + 1] : '\0';

            // Plural possessive: "the Transport Workers' Union", "workers’ rights"; but not the end of 'silly fuss'.
            if (c is '\'' or '’' && text[j - 1] is 's' && (next == '\0' || char.IsWhiteSpace(next)) && j + 2 < end && char.IsLetter(text[j + 2])
                && !(i > 0 && text[i - 1] is '\'' or '‘' or '’'))
            {
                j++;
                break;
            }

            // Inside a word: apostrophes ("Today’s"), hyphens ("co-chairman"), points and commas in
            // numbers and initialisms ("3.5", "1,200", "U.S"), ampersands in names ("AT&T").
            var joins = c switch
            {
                '\'' or '’' => char.IsLetter(next) && char.IsLetter(text[j - 1]),
                '-' or '‐' or '‑' => char.IsLetterOrDigit(next),
                '.' => char.IsLetterOrDigit(next) && (char.IsDigit(text[j - 1]) ? char.IsDigit(next) : IsInitialism(text, i, j)),
                ',' => char.IsDigit(text[j - 1]) && char.IsDigit(next),
                '&' => char.IsUpper(text[j - 1]) && char.IsUpper(next),
                _ => false,
            };
            if (!joins)
            {
                break;
            }

            j += 2;
        }

        return j;
    }

    // "U.S", "e.g": single letters separated by points.
    private static bool IsInitialism(string text, int wordStart, int dot) => dot - wordStart == 1 || (dot >= 2 && text[dot - 2] == '.');

    private static (int Length, TokenKind Kind) ReadMark(string text, int i, int end)
    {
        var c = text[i];
        var next = i + 1 < end ? text[i + 1] : '\0';
        switch (c)
        {
            case '"' or '“' or '”' or '„' or '«' or '»' or '‟' or '〝' or '〞':
                return (1, TokenKind.DoubleMark);
            case '`':
                return next == '`' ? (2, TokenKind.DoubleMark) : (1, TokenKind.SingleMark);
            case '\'' or '’' or '‘' or '‚' or '‹' or '›':
                // Two single marks in a row are one double mark (PTB '' and typographic ’’).
                return (next == c && c is '\'' or '’' or '‘') ? (2, TokenKind.DoubleMark) : (1, TokenKind.SingleMark);
            case ',':
                return (1, TokenKind.Comma);
            case '.' or '!' or '?' or '…':
                var j = i + 1;
                while (j < end && text[j] is '.' or '!' or '?' or '…')
                {
                    j++;
                }

                return (j - i, TokenKind.Stop);
            case ':':
                return (1, TokenKind.Colon);
            case ';':
                return (1, TokenKind.Semicolon);
            case '-' or '–' or '—' or '―' or '‒':
                var k = i + 1;
                while (k < end && text[k] is '-' or '–' or '—')
                {
                    k++;
                }

                return (k - i, TokenKind.Dash);
            case '(' or '[' or '{':
                return (1, TokenKind.OpenBracket);
            case ')' or ']' or '}':
                return (1, TokenKind.CloseBracket);
            default:
                // Keep a surrogate pair together.
                return (char.IsHighSurrogate(c) && i + 1 < end ? 2 : 1, TokenKind.Other);
        }
    }
}
