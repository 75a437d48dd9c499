using NewsExtract.Text;

namespace NewsExtract.Counts;

/// <summary>The words around a number: qualifier, currency sign, label, scope and the second bound of a range.</summary>
internal sealed partial class CountScanner
{
    // The currency sign or code before a number ("£1,400", "US$5m", "USD 5m"): where the amount starts, the ISO code, the sign as written.
    private (int Start, string? Currency, string? Sign) CurrencyBefore(int start)
    {
        string? currency = null, sign = null;
        if (Adjacent(start - 1, start) && CountLexicon.CurrenciesBefore.TryGet(Tok(start - 1), out var code))
        {
            start--;
            currency = code;
            sign = Tok(start).ToString();
            if (Adjacent(start - 1, start) && IsKind(start - 1, CountTokenKind.Word)
                && CountLexicon.CurrenciesBefore.TryGet(string.Concat(Tok(start - 1), sign), out var wider))
            {
                start--;
                currency = wider;
                sign = TokText(start, start + 1);
            }
        }
        else if (EntityCurrencyBefore(start) is { } entity)
        {
            (start, currency, sign) = entity;
        }
        else if (IsKind(start - 1, CountTokenKind.Word) && char.IsUpper(Tok(start - 1)[0]) && CountLexicon.CurrenciesBefore.TryGet(Tok(start - 1), out var codeWord))
        {
            // "USD 5m", "Rs 500": a currency code written as a word before the number.
            start--;
            currency = codeWord;
            sign = Tok(start).ToString();
        }

        return (start, currency, sign);
    }

    /// <summary>The qualifier phrase right before token <paramref name="start"/> and the token it starts at.</summary>
    private (string? Qualifier, int First) QualifierBefore(int start)
    {
        if (start > 0 && CountLexicon.Qualifiers.MatchEndingAt(_text, _tokens, start - 1) is { } q)
        {
            return (q.Value, q.First);
        }

        return (null, start);
    }

    private bool AgeNear(int first)
    {
        // "when she was 14", "I turned 60": a person, a linking verb (and maybe "just"), then the number.
        var v = Is(first - 1, "just") || Is(first - 1, "only") ? first - 2 : first - 1;
        if (IsKind(v, CountTokenKind.Word) && CountLexicon.AgeCues.TryGet(Tok(v), out var verb) && verb == "verb"
            && IsKind(v - 1, CountTokenKind.Word) && CountLexicon.AgeCues.TryGet(Tok(v - 1), out var subject) && subject == "subject")
        {
            return true;
        }

        // "has died in Portugal at 63"
        if (Is(first - 1, "at"))
        {
            for (var t = first - 2; t >= Math.Max(0, first - 8); t--)
            {
                if (IsKind(t, CountTokenKind.Word) && CountLexicon.AgeCues.TryGet(Tok(t), out var role) && role == "event")
                {
                    return true;
                }
            }
        }

        for (var t = first - 1; t >= Math.Max(0, first - 6); t--)
        {
            if (Is(t, "age") || Is(t, "aged"))
            {
                return true;
            }
        }

        return false;
    }

    // "aged 25", "under the age of 25", "No 10", "Radio 4", "top 10".
    private (string Kind, int First)? LabelBefore(int first)
    {
        var t = first - 1;
        if (Is(t, "just") || Is(t, "only"))
        {
            // "at the age of just 31"
            t--;
        }

        if (IsKind(t, CountTokenKind.Word) && CountLexicon.Labels.TryGet(LastPart(Tok(t)), out var kind))
        {
            return (kind, t);
        }

        if (Is(t, "of") && (Is(t - 1, "age") || Is(t - 1, "ages")))
        {
            return ("age", t - 1);
        }

        if (Is(t, ".") && Is(t - 1, "No"))
        {
            return ("other", t - 1);
        }

        return null;
    }

    // "from each side", "on each side", "a day", "per head".
    private string? ScopeAfter(int head)
    {
        var s = head + 1;
        if (IsKind(s, CountTokenKind.Word) && CountLexicon.ScopeWords.TryGet(Tok(s), out var role) && role == "prep"
            && IsKind(s + 1, CountTokenKind.Word) && CountLexicon.ScopeWords.TryGet(Tok(s + 1), out var next) && next == "det")
        {
            s++;
            role = next;
        }
        else if (!IsKind(s, CountTokenKind.Word) || !CountLexicon.ScopeWords.TryGet(Tok(s), out role))
        {
            return null;
        }

        if (role == "det" && IsKind(s + 1, CountTokenKind.Word) && NounPhraseReader.IsContent(_text, _tokens[s + 1]))
        {
            return TokText(s, s + 1);
        }

        if (role == "per" && s + 1 < _tokens.Count
            && (CountLexicon.Units.MatchAt(_text, _tokens, s + 1) is { Value: "duration" } || Is(s, "per") && NounPhraseReader.IsContent(_text, _tokens[s + 1])))
        {
            return TokText(s, s + 1);
        }

        return null;
    }

    /// <summary>The second number of a range or proportion at token <paramref name="k"/>.</summary>
    /// <param name="money">True when the first bound had a currency sign: only then may the second ("£5 to £10").</param>
    private (double Value, int Last, double Factor)? ReadBound(int k, bool words, bool sameForm, bool money = false)
    {
        if (Adjacent(k, k + 1) && IsKind(k, CountTokenKind.Symbol) && CountLexicon.CurrenciesBefore.TryGet(Tok(k), out _))
        {
            if (!money)
            {
                // "trimmed in 2003 to $150m": a sum after a plain number is not its upper bound.
                return null;
            }

            k++;
        }

        if (IsKind(k, CountTokenKind.Number) && (!sameForm || !words))
        {
            var s = Tok(k);
            var (p, value, _, _) = ParseNumeric(s);
            var factor = 1d;
            if (p < s.Length && !CountLexicon.Multipliers.TryGet(s[p..], out factor))
            {
                return null;
            }

            if (factor == 1 && IsKind(k + 1, CountTokenKind.Word) && Tok(k + 1).Length > 1 && CountLexicon.Multipliers.TryGet(Tok(k + 1), out factor))
            {
                return (Scale(value, factor), k + 1, factor);
            }

            return (Scale(value, factor == 0 ? 1 : factor), k, factor == 0 ? 1 : factor);
        }

        if (IsKind(k, CountTokenKind.Word) && (!sameForm || words) && ReadCardinalAt(k) is { } read)
        {
            return (read.Value, read.Last, 1);
        }

        return null;
    }

    private ReadOnlySpan<char> TokBefore(int t) => t > 0 && _tokens[t - 1].Kind == CountTokenKind.Word ? Tok(t - 1) : default;

    // "&#163;5m": a numeric character reference left in the text stands for the currency sign.
    private (int Start, string Currency, string Sign)? EntityCurrencyBefore(int start)
    {
        if (!Is(start - 1, ";") || !IsKind(start - 2, CountTokenKind.Number) || !Is(start - 3, "#") || !Is(start - 4, "&"))
        {
            return null;
        }

        var (used, code, _, _) = ParseNumeric(Tok(start - 2));
        if (used != Tok(start - 2).Length || code is < 32 or > 0xFFFF)
        {
            return null;
        }

        var sign = ((char)code).ToString();
        return CountLexicon.CurrenciesBefore.TryGet(sign, out var currency) ? (start - 4, currency, sign) : null;
    }

    // "Ex-No" -> "No": a label word can sit at the end of a hyphenated word.
    private static ReadOnlySpan<char> LastPart(ReadOnlySpan<char> word) => word[(word.LastIndexOf('-') + 1)..];

    private static double Scale(double value, double factor) => Math.Round(value * factor, 3);
}
