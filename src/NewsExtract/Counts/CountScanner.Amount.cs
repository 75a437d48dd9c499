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
        var max = a.Max;

        // "2 million", "3.5 billion", "two dozen", "2-3 million"
        if (factor == 1 && IsKind(last + 1, CountTokenKind.Word) && Tok(last + 1).Length > 1
            && CountLexicon.Multipliers.TryGet(Tok(last + 1), out var f))
        {
            factor = f;
            value = Scale(value, f);
            max = max is { } m ? Scale(m, f) : null;
            last++;
        }

        var (start, currency, sign) = CurrencyBefore(a.First);
        var (qualifier, first) = QualifierBefore(start);

        if ((Is(last + 1, "to") || Is(last + 1, "-") || Is(last + 1, "–")) && IsKind(last + 2, CountTokenKind.Number)
            && Tok(last + 2).Contains("-year-old", StringComparison.OrdinalIgnoreCase) && currency is null)
        {
            // "16 to 21-year-old drivers"
            var (_, older, _, _) = ParseNumeric(Tok(last + 2));
            Emit(first, last + 2, value, qualifier, "years", "age", "age.range", older);
            return last + 3;
        }

        // Ranges: "500 to 600", "two or three", "between 500 and 600", "£5 to £10".
        var between = Is(first - 1, "between");
        if (max is null && (Is(last + 1, "to") || Is(last + 1, "-") || Is(last + 1, "–") || Is(last + 1, "or") || between && Is(last + 1, "and"))
            && ReadBound(last + 2, a.Words, Is(last + 1, "or"), currency is not null) is { Factor: var boundFactor } bound
            && !(a.Plain && value is >= 1000 and < 2100 && boundFactor > 1))
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
            // "FTSE 100", "Windows 95", "Harbury Three": part of a name.
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

        // "45 million Danish kroner", "60 million Swedish kronor": a nationality may stand before the currency.
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
            // "seven out of 30 nurses": the part is the amount, the noun comes after the whole.
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
            // "one thing", "one lucky break", "zero tolerance": "one" is an article more often than a
            // count, except before a person ("one soldier was killed").
            return last + 1;
        }

        if (value > 1 && !p.Plural && max is null)
        {
            // "six unpaid", "No 10 policy adviser": more than one of a singular word is not a count of it.
            if (!a.Words)
            {
                Emit(first, last, value, qualifier, null, "other", "other.singular");
            }

            return last + 1;
        }

        if (CountLexicon.Units.MatchAt(_text, _tokens, p.Head) is { Value: "duration" } && p.Plural)
        {
            // "38 unbroken years"
            Emit(first, p.Head, value, qualifier, TokText(p.First, p.Head), "duration", "duration.noun", max);
            return p.Head + 1;
        }

        var rule = max is not null ? "count.range" : a.Words ? "count.words" : "count.digits";
        Emit(first, p.Head, value, qualifier, TokText(p.First, p.Head), "count", rule, max, scope: ScopeAfter(p.Head));
        return p.Head + 1;
    }
}
