using NewsExtract.Dates;
using NewsExtract.Text;

namespace NewsExtract.Counts;

/// <summary>
/// One left-to-right pass over a paragraph's tokens. At each number (digits, words or a vague
/// amount) it reads the qualifier before it, the multiplier, range or unit after it, and the counted
/// noun phrase, then decides the kind. Every token is looked at a bounded number of times.
/// </summary>
internal sealed partial class CountScanner
{
    // One token list per thread, reused from paragraph to paragraph and article to article.
    [ThreadStatic]
    private static List<CountToken>? t_tokens;

    private readonly string _text;
    private readonly DateFact[] _dates;
    private readonly List<CountFact> _facts;
    private readonly List<CountToken> _tokens;
    private int _dateCursor;

    // Where the date at the cursor starts (int.MaxValue past the last): a token ending before it is in no date.
    private int _cursorDateStart;

    public CountScanner(string text, DateFact[] dates, List<CountFact> facts)
    {
        _text = text;
        _dates = dates;
        _facts = facts;
        _tokens = t_tokens ??= [];
        _cursorDateStart = dates.Length > 0 ? dates[0].Span.Start : int.MaxValue;
    }

    public void ScanParagraph(TextSpan paragraph)
    {
        ReusedBuffer.Clear(_tokens); // reused across paragraphs and articles
        CountTokenizer.Tokenize(_text, paragraph, _tokens);
        var i = 0;
        while (i < _tokens.Count)
        {
            i = Math.Max(i + 1, Step(i));
        }
    }

    // Reads whatever starts at token i; returns the index to go on from.
    private int Step(int i)
    {
        var token = _tokens[i];
        if (token.End > _cursorDateStart && DateAt(token) is { } date && date.Type != "DURATION" && !IsYearOrTime(date))
        {
            var k = i;
            while (k < _tokens.Count && _tokens[k].Start < date.Span.End)
            {
                k++;
            }

            return k;
        }

        return token.Kind switch
        {
            CountTokenKind.Number => ReadDigits(i),
            CountTokenKind.Word => ReadWord(i),
            _ => i + 1,
        };
    }

    private int ReadWord(int i)
    {
        var word = Tok(i);

        // One pass over the (short) word finds both its digits and its first hyphen.
        var hyphen = -1;
        for (var k = 0; k < word.Length; k++)
        {
            var c = word[k];
            if (char.IsAsciiDigit(c))
            {
                // "G7", "A321", "BBC2": a name or a model, not an amount.
                Emit(i, i, null, null, null, "other", "other.alnum");
                return i + 1;
            }

            if (c == '-' && hyphen < 0)
            {
                hyphen = k;
            }
        }

        // Most words start nothing: one lookup of the word (or of its part before a hyphen) rules them out.
        if (!CountLexicon.Triggers.Contains(hyphen > 0 ? word[..hyphen] : word))
        {
            return i + 1;
        }

        if (CountLexicon.Vague.MatchAt(_text, _tokens, i) is { } vague)
        {
            var next = ReadVague(i, vague.Value, vague.Last);
            if (next > i)
            {
                return next;
            }
        }

        if (ReadWordNumber(i) is { } number)
        {
            return number;
        }

        return ReadOrdinalWord(i);
    }

    // A bare year ("in 1998") or a clock time ("at 7pm") is still reported here with its own kind
    // (year, time), as gold does; numbers inside fuller dates ("June 2", "Monday") are left to the dates.
    private static bool IsYearOrTime(DateFact date) =>
        date.Type == "TIME" || (date.Type == "DATE" && date.Value.Length == 4 && date.Value.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0);

    private DateFact? DateAt(CountToken token)
    {
        // Dates come sorted by start; the cursor only moves forward within one article.
        while (_dateCursor < _dates.Length && _dates[_dateCursor].Span.End <= token.Start)
        {
            _dateCursor++;
            _cursorDateStart = _dateCursor < _dates.Length ? _dates[_dateCursor].Span.Start : int.MaxValue;
        }

        for (var d = _dateCursor; d < _dates.Length && _dates[d].Span.Start < token.End; d++)
        {
            if (_dates[d].Span.Overlaps(new TextSpan(token.Start, token.End)))
            {
                return _dates[d];
            }
        }

        return null;
    }

    private bool InDuration(int first, int last)
    {
        // Only the dates around the cursor can overlap: the scan stays linear in the article.
        var span = new TextSpan(_tokens[first].Start, _tokens[last].End);
        var d = Math.Min(_dateCursor, _dates.Length);
        while (d > 0 && _dates[d - 1].Span.End > span.Start)
        {
            d--;
        }

        for (; d < _dates.Length && _dates[d].Span.Start < span.End; d++)
        {
            if (_dates[d].Type == "DURATION" && _dates[d].Span.Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }

    private void Emit(int first, int last, double? value, string? qualifier, string? unit, string kind, string rule,
        double? max = null, string? currency = null, string? scope = null)
    {
        if (kind == "count" && _dates.Length > 0 && InDuration(first, last))
        {
            return;
        }

        var span = new TextSpan(_tokens[first].Start, _tokens[last].End);
        _facts.Add(new CountFact(span, _text.Substring(span.Start, span.Length), value, qualifier, unit, kind, rule)
        {
            ValueMax = max,
            Currency = currency,
            Scope = scope,
        });
    }

    private ReadOnlySpan<char> Tok(int t) => _text.AsSpan(_tokens[t].Start, _tokens[t].End - _tokens[t].Start);

    private string TokText(int first, int last) => _text.Substring(_tokens[first].Start, _tokens[last].End - _tokens[first].Start);

    private bool Is(int t, string word) =>
        t >= 0 && t < _tokens.Count && _tokens[t].Kind != CountTokenKind.Number && Tok(t).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool IsKind(int t, CountTokenKind kind) => t >= 0 && t < _tokens.Count && _tokens[t].Kind == kind;

    private bool IsMonth(int t) => IsKind(t, CountTokenKind.Word) && CountLexicon.Months.Contains(Tok(t));

    private bool Adjacent(int a, int b) => a >= 0 && b < _tokens.Count && _tokens[a].End == _tokens[b].Start;

    private bool IsCapitalisedName(int t) =>
        IsKind(t, CountTokenKind.Word) && char.IsUpper(Tok(t)[0]) && !_tokens[t].SentenceStart
        && !CountLexicon.StopWords.Contains(Tok(t)) && !IsMonth(t) && Tok(t).IndexOfAny('\'', '’') < 0
        && CountLexicon.Qualifiers.MatchAt(_text, _tokens, t) is null;
}
