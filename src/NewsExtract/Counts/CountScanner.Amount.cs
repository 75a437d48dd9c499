using NewsExtract.Text;

namespace NewsExtract.Counts;

/// <summary>A number read at tokens First..Last, before its context is looked at.</summary>
/// <param name="Plain">Digits only, no separator: may be a year or an id.</param>
/// <param name="Factor">The multiplier already applied ("3.5bn": 1e9), 1 if none.</param>
internal readonly record struct Amount(int First, int Last, double Value, bool Integer, bool Plain, bool Words, double Factor)
{
    /// <summary>Upper bound of a range read inside the token ("500-600").</summary>
    public double? Max { get; init; }
}

/// <summary>What surrounds a number: qualifier, currency, range, unit and counted noun.</summary>
internal sealed partial class CountScanner
{
    private int Finish(Amount a)
    {
        var last = a.Last;
        var value = a.Value;
        var factor = a.Factor;

        // "2 million", "3.5 billion", "two dozen"
        if (factor == 1 && IsKind(last + 1, CountTokenKind.Word) && Tok(last + 1).Length > 1
            && CountLexicon.Multipliers.TryGet(Tok(last + 1), out var f))
        {
            factor = f;
            value = Scale(value, f);
            last++;
        }

        // Currency sign glued before ("£1,400", "US$5m").
        var start = a.First;
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

        var (qualifier, first) = QualifierBefore(start);

        // Ranges: "500 to 600", "two or three", "between 500 and 600", "£5 to £10".
        var max = a.Max;
        var between = Is(first - 1, "between");
        if (max is null && (Is(last + 1, "to") || Is(last + 1, "-") || Is(last + 1, "–") || Is(last + 1, "or") || between && Is(last + 1, "and"))
            && ReadBound(last + 2, a.Words, Is(last + 1, "or")) is { } bound)
        {
            var low = value;
            if (factor == 1 && bound.Factor > 1 && low < 1000)
            {
                low = Scale(low, bound.Factor);
            }

            if (bound.Value > low)
            {
                value = low;
                max = bound.Value;
                last = bound.Last;
            }
        }

        if (between)
        {
            first--;
        }

        var label = LabelBefore(first);
        if (label is { Kind: "age" })
        {
            Emit(label.Value.First, last, value, qualifier, "years", "age", "age.cue", max);
            return last + 1;
        }

        if (label is { Kind: "year" } && value is >= 1000 and < 2100)
        {
            // "the year 2000", "the year two thousand"
            Emit(first, last, value, null, "year", "year", "year.label", max);
            return last + 1;
        }

        if (label is { Kind: "rank" } && CountLexicon.Units.MatchAt(_text, _tokens, last + 1) is null
            && (!a.Words || NounPhraseReader.Read(_text, _tokens, last + 1) is null))
        {
            Emit(label.Value.First, last, value, null, null, "other", "other.rank", max);
            return last + 1;
        }

        if (label is { Kind: "other" } other && currency is null && qualifier is null)
        {
            Emit(other.First, last, value, null, null, "other", "other.label", max);
            return last + 1;
        }

        if (currency is null && qualifier is null && a.Plain && max is null && factor == 1 && value < 10000
            && (a.Words ? IsCapitalisedName(a.First) : IsCapitalisedName(first - 1))
            && CountLexicon.Units.MatchAt(_text, _tokens, last + 1) is null)
        {
            // "FTSE 100", "Windows 95", "Guildford Four": part of a name.
            Emit(a.Words ? a.First : first - 1, last, value, null, null, "other", "other.name");
            return last + 1;
        }

        var k = last + 1;
        if (qualifier is null && Is(k, "or") && Is(k + 1, "so"))
        {
            // "220 or so incidents"
            qualifier = "about";
            last = k + 1;
            k += 2;
        }

        if ((Is(k, "a") || Is(k, "p")) && Adjacent(k, k + 1) && Is(k + 1, ".") && Adjacent(k + 1, k + 2) && Is(k + 2, "m"))
        {
            // "3 a.m.", "7 p.m."
            var end = Is(k + 3, ".") && Adjacent(k + 2, k + 3) ? k + 3 : k + 2;
            Emit(first, end, value, qualifier, null, "time", "time.meridiem");
            return end + 1;
        }

        // "80 million French francs", "100 million Finnish markkaa": a nationality may stand before the currency.
        if (currency is null && (CountLexicon.CurrenciesAfter.MatchAt(_text, _tokens, k)
                                 ?? (IsNameWord(k) ? CountLexicon.CurrenciesAfter.MatchAt(_text, _tokens, k + 1) : null)) is { } word)
        {
            return FinishMoney(first, word.Last, value, qualifier, max, word.Value, TokText(k, word.Last), "money.word");
        }

        if (currency is not null)
        {
            return FinishMoney(first, last, value, qualifier, max, currency, sign!, "money.sign");
        }

        if (CountLexicon.Units.MatchAt(_text, _tokens, k) is { } unit)
        {
            return FinishUnit(first, k, unit.Last, unit.Value, value, qualifier, max);
        }

        if (Is(k, "out") && Is(k + 1, "of") && ReadBound(k + 2, a.Words, false) is { } whole)
        {
            // "six out of 20 women": the part is the amount, the noun comes after the whole.
            var np = NounPhraseReader.Read(_text, _tokens, whole.Last + 1);
            var end = np is { Idiom: false } n ? n.Head : whole.Last;
            Emit(first, end, value, qualifier, np is { Idiom: false } m ? TokText(m.First, m.Head) : null, "count", "count.out_of");
            return end + 1;
        }

        if (Is(k, "in") && ReadBound(k + 1, a.Words, false) is { Value: < 1000 } per)
        {
            // "one in five": a proportion.
            Emit(first, per.Last, value, qualifier, null, "other", "other.ratio");
            return per.Last + 1;
        }

        if (Is(k, "of") && IsKind(k + 1, CountTokenKind.Word) && CountLexicon.Partitive.Contains(Tok(k + 1)))
        {
            return FinishPartitive(a, first, k, value, qualifier, max);
        }

        if (a.Plain && !a.Words && factor == 1 && value is >= 1000 and < 2100)
        {
            // "in 2004", "the 2005 election"; "about 1500 people" is a count.
            var np = NounPhraseReader.Read(_text, _tokens, k);
            var counted = np is { Plural: true, ProperName: false, Idiom: false } && (qualifier is not null || value < 1900);
            if (!counted)
            {
                Emit(first, last, value, qualifier, "year", "year", "year.digits", max);
                return last + 1;
            }
        }

        var phrase = NounPhraseReader.Read(_text, _tokens, k, singular: value == 1);
        if (phrase is null)
        {
            return FinishBare(a, first, last, value, qualifier, max, factor);
        }

        var p = phrase.Value;
        if (p.Idiom)
        {
            if (!a.Words)
            {
                Emit(first, p.First, value, qualifier, Tok(p.First).ToString(), "other", "other.idiom");
                return p.First + 1;
            }

            return last + 1;
        }

        if (p.ProperName)
        {
            Emit(first, p.Head, value, null, null, "other", "other.name");
            return p.Head + 1;
        }

        if (a.Words && value <= 1 && (qualifier is null && !(value == 1 && CountLexicon.OnePeople.Contains(Tok(p.Head)))
                                      || CountLexicon.OneBlockers.Contains(TokBefore(a.First))))
        {
            // "one thing", "one glorious moment", "zero tolerance": "one" is an article more often than a
            // count, except before a person ("one soldier was killed").
            return last + 1;
        }

        if (value > 1 && !p.Plural && max is null)
        {
            // "six unpaid", "No 10 media chief": more than one of a singular word is not a count of it.
            if (!a.Words)
            {
                Emit(first, last, value, qualifier, null, "other", "other.singular");
            }

            return last + 1;
        }

        if (CountLexicon.Units.MatchAt(_text, _tokens, p.Head) is { Value: "duration" } && p.Plural)
        {
            // "47 continuous years"
            Emit(first, p.Head, value, qualifier, TokText(p.First, p.Head), "duration", "duration.noun", max);
            return p.Head + 1;
        }

        var rule = max is not null ? "count.range" : a.Words ? "count.words" : "count.digits";
        Emit(first, p.Head, value, qualifier, TokText(p.First, p.Head), "count", rule, max, scope: ScopeAfter(p.Head));
        return p.Head + 1;
    }

    // A number with nothing counted after it: "sold over one million", "only 10 from the 301 submitted".
    private int FinishBare(Amount a, int first, int last, double value, string? qualifier, double? max, double factor)
    {
        if (a.Words && value < 100 && qualifier is null)
        {
            // "the two met", "one said": a pronoun, not an amount.
            return last + 1;
        }

        if (!a.Words && qualifier is null && max is null && a.Integer && value is >= 1 and <= 110 && Is(first - 1, ",")
            && (Is(last + 1, ",") || Is(last + 1, ".") || Is(last + 1, ")") || Is(last + 1, "-") || Is(last + 1, "–") || Is(last + 1, "—"))
            && IsKind(first - 2, CountTokenKind.Word) && char.IsUpper(Tok(first - 2)[0]))
        {
            // "John Smith, 45, said": an age in apposition.
            Emit(first, last, value, null, "years", "age", "age.apposition");
            return last + 1;
        }

        if (!a.Words && qualifier is null && a.Plain && IsNameWord(first - 1) && !IsMonth(first - 1)
            && CountLexicon.Qualifiers.MatchAt(_text, _tokens, first - 1) is null)
        {
            // "Makofo 66.", "Blinx 2 is out", "Rivaldo (2)": a name with a number and nothing counted.
            Emit(first - 1, last, value, null, null, "other", "other.name");
            return last + 1;
        }

        if (!a.Words && Is(first - 1, "(") && Is(last + 1, ")") && IsNameWord(first - 2))
        {
            Emit(first, last, value, null, null, "other", "other.name");
            return last + 1;
        }

        if (!a.Words && (Is(first - 1, "a") || Is(first - 1, "an")))
        {
            // "a 15 rating", "a 40 share": a number used as a modifier.
            Emit(first, last, value, qualifier, null, "other", "other.modifier", max);
            return last + 1;
        }

        if ((Is(first, "under") || Is(first, "over")) && a.Integer && factor == 1 && value < 110 && max is null)
        {
            // "children under five", "payers over 65": an age limit.
            Emit(first, last, value, qualifier, "years", "age", "age.limit");
            return last + 1;
        }

        if (a.Integer && factor == 1 && value < 110 && AgeNear(first))
        {
            // "the voting age is 18", "cut the age limit to 16"
            Emit(first, last, value, qualifier, "years", "age", "age.context", max);
            return last + 1;
        }

        if (!a.Integer && factor == 1)
        {
            Emit(first, last, value, qualifier, null, "other", "other.decimal", max);
            return last + 1;
        }

        Emit(first, last, value, qualifier, null, "count", "count.bare", max);
        return last + 1;
    }

    // "six of the players", "six of those months", "three of them".
    private int FinishPartitive(Amount a, int first, int of, double value, string? qualifier, double? max)
    {
        if (a.Words && value == 1)
        {
            // "one of the biggest": an idiom, not a count.
            return of;
        }

        var det = of + 1;

        // "121 of his 147 matches": the whole is skipped, the noun after it is what is counted.
        var nounStart = ReadBound(det + 1, a.Words, false) is { } whole ? whole.Last + 1 : det + 1;
        var np = NounPhraseReader.Read(_text, _tokens, nounStart);
        if (np is not { Idiom: false, ProperName: false } n || Is(det, "them") || Is(det, "us") || Is(det, "whom"))
        {
            Emit(first, det, value, qualifier, null, "count", "count.partitive", max);
            return det + 1;
        }

        if (CountLexicon.Units.MatchAt(_text, _tokens, n.Head) is { Value: "duration" })
        {
            Emit(first, n.Head, value, qualifier, TokText(n.Head, n.Head), "duration", "duration.partitive", max);
            return n.Head + 1;
        }

        Emit(first, n.Head, value, qualifier, TokText(n.First, n.Head), "count", "count.partitive", max);
        return n.Head + 1;
    }

    private int FinishMoney(int first, int last, double value, string? qualifier, double? max, string currency, string unit, string rule)
    {
        Emit(first, last, value, qualifier, unit, "money", rule, max, currency);
        return last + 1;
    }

    private int FinishUnit(int first, int unitFirst, int unitLast, string kind, double value, string? qualifier, double? max)
    {
        var unit = TokText(unitFirst, unitLast);
        if (kind == "duration" && Is(unitLast + 1, "old"))
        {
            // "six months old"
            Emit(first, unitLast + 1, value, qualifier, unit, "age", "age.years_old", max);
            return unitLast + 2;
        }

        Emit(first, unitLast, value, qualifier, unit, kind, kind + ".unit", max);
        return unitLast + 1;
    }

    private int FinishOrdinal(int first, int last, double value, string rule)
    {
        var np = NounPhraseReader.Read(_text, _tokens, last + 1);
        if (np is { Idiom: false } n)
        {
            Emit(first, n.Head, value, null, TokText(n.First, n.Head), "ordinal", rule);
            return n.Head + 1;
        }

        if (rule == "ordinal.digits")
        {
            Emit(first, last, value, null, null, "ordinal", rule);
        }

        return last + 1;
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
            // "at the age of just 28"
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
    private (double Value, int Last, double Factor)? ReadBound(int k, bool words, bool sameForm)
    {
        if (Adjacent(k, k + 1) && IsKind(k, CountTokenKind.Symbol) && CountLexicon.CurrenciesBefore.TryGet(Tok(k), out _))
        {
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
