namespace NewsExtract.Quotes;

/// <summary>
/// Pairs the double quotation marks of one paragraph: typographic (“ ”), low-high (German „ “),
/// guillemets (« » and » «), PTB/TimeML (`` ''), and straight marks whose direction is read from the
/// characters around them. A mark that opens while a quotation is open splits it (the writer's
/// closing mark was lost, as when paragraphs were joined), unless the next two marks both close: then
/// it opens a quotation nested in the open one, which stays whole. A quotation still open at the end
/// of the paragraph ends there.
/// </summary>
internal static class QuoteMarks
{
    public static void Pair(string text, int paragraphStart, int paragraphEnd, ReadOnlySpan<QuoteToken> tokens, List<QuoteSegment> segments)
    {
        segments.Clear();
        var openToken = -1;
        var opener = '\0';
        var reopened = false;
        var sawMark = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.DoubleMark)
            {
                continue;
            }

            var seenBefore = sawMark;
            sawMark = true;
            if (openToken < 0 && IsInchMark(text, paragraphStart, token))
            {
                continue;
            }

            if (IsOpening(text, paragraphStart, paragraphEnd, token, openToken >= 0, opener))
            {
                // "He shouted "get out" and left," she said: a quotation inside the open one, closed twice.
                if (openToken >= 0 && NestedCloseAt(text, paragraphStart, paragraphEnd, tokens, i, opener) is var inner and > 0)
                {
                    i = inner;
                    continue;
                }

                if (openToken >= 0)
                {
                    segments.Add(Make(text, tokens, openToken, -1, i, SegmentEnd.Reopened, reopened));
                    reopened = true;
                }
                else
                {
                    reopened = false;
                }

                openToken = i;
                opener = text[token.Start];
            }
            else if (openToken >= 0)
            {
                segments.Add(Make(text, tokens, openToken, i, i, SegmentEnd.Closed, reopened));
                openToken = -1;
                reopened = false;
            }
            else if (segments.Count == 0 && !seenBefore && i > 0)
            {
                // A closing mark with no opening one: the quotation began at the paragraph start.
                segments.Add(new QuoteSegment
                {
                    OpenToken = -1,
                    CloseToken = i,
                    FirstToken = 0,
                    EndToken = i,
                    ContentStart = tokens[0].Start,
                    ContentEnd = TrimEnd(text, tokens[0].Start, token.Start),
                    End = SegmentEnd.Closed,
                    OpensAtParagraphStart = true,
                });
            }
        }

        if (openToken >= 0)
        {
            segments.Add(Make(text, tokens, openToken, -1, tokens.Length, SegmentEnd.ParagraphEnd, reopened));
        }

        // Quotations with no letter or digit are dropped, in place: no closure for every paragraph.
        var kept = 0;
        for (var s = 0; s < segments.Count; s++)
        {
            if (HasLetter(text, segments[s].ContentStart, segments[s].ContentEnd))
            {
                segments[kept++] = segments[s];
            }
        }

        segments.RemoveRange(kept, segments.Count - kept);
    }

    // The closing mark of a quotation nested in an open one: the next two marks both close (the inner
    // one, then the outer one). A lost closing mark is followed by one closing mark only. Returns -1 when not nested.
    private static int NestedCloseAt(string text, int paragraphStart, int paragraphEnd, ReadOnlySpan<QuoteToken> tokens, int open, char opener)
    {
        var inner = -1;
        for (var j = open + 1; j < tokens.Length; j++)
        {
            if (tokens[j].Kind != TokenKind.DoubleMark)
            {
                continue;
            }

            if (IsOpening(text, paragraphStart, paragraphEnd, tokens[j], true, opener))
            {
                return -1;
            }

            if (inner >= 0)
            {
                return inner;
            }

            inner = j;
        }

        return -1;
    }

    private static QuoteSegment Make(string text, ReadOnlySpan<QuoteToken> tokens, int open, int close, int endToken, SegmentEnd end, bool continues)
    {
        var contentStart = tokens[open].End;
        var contentEnd = endToken < tokens.Length ? tokens[endToken].Start : tokens[^1].End;
        while (contentStart < contentEnd && char.IsWhiteSpace(text[contentStart]))
        {
            contentStart++;
        }

        return new QuoteSegment
        {
            OpenToken = open,
            CloseToken = close,
            FirstToken = open + 1,
            EndToken = endToken,
            ContentStart = contentStart,
            ContentEnd = TrimEnd(text, contentStart, contentEnd),
            End = end,
            ContinuesPrevious = continues,
        };
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    private static bool HasLetter(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    // `a 12" single`, `6' 2"`: outside a quotation, a straight mark right after a digit measures inches.
    private static bool IsInchMark(string text, int paragraphStart, QuoteToken token) =>
        text[token.Start] == '"' && token.Start > paragraphStart && char.IsDigit(text[token.Start - 1]);

    private static bool IsOpening(string text, int paragraphStart, int paragraphEnd, QuoteToken token, bool inQuote, char opener)
    {
        var c = text[token.Start];
        switch (c)
        {
            case '„' or '`' or '〝':
                return true;
            case '“':
                // In German style „...“ the high mark closes.
                return !(inQuote && opener == '„');
            case '«':
                return !(inQuote && opener == '»');
            case '»':
                return !inQuote;
            case '‘':
                return true;
            case '\'' or '’' or '〞':
                return false;
        }

        // Straight marks (and a ” some feeds use for both): the direction is read from the neighbours.
        var before = token.Start > paragraphStart ? text[token.Start - 1] : ' ';
        var after = token.End < paragraphEnd ? text[token.End] : ' ';
        var canOpen = char.IsWhiteSpace(before) || before is '(' or '[' or '{' or '—' or '–' or '-' or '/' or '\u00A0';
        var canClose = char.IsWhiteSpace(after) || after is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '—' or '–' or '-' or '…' or '\u00A0';
        if (c == '”')
        {
            return !inQuote && canOpen && !canClose;
        }

        if (canOpen != canClose)
        {
            return canOpen;
        }

        return !inQuote;
    }
}
