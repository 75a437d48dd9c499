using NewsExtract.Text;

namespace NewsExtract.Counts;

/// <summary>How a number ends up: bare, partitive, money, a unit or an ordinal.</summary>
internal sealed partial class CountScanner
{
    // A number with nothing counted after it: "shipped over one million", "only 12 from the 280 submitted".
    private int FinishBare(Amount a, int first, int last, double value, string? qualifier, double? max, double factor)
    {
        if (a.Words && value < 100 && qualifier is null)
        {
            // "the two met", "one said": a pronoun, not an amount.
            return last + 1;
        }

        if (!a.Words && qualifier is null && max is null && a.Integer && value is >= 1 and <= 110)
        {
            // "John Smith, 45, said", "Brandauer, now 37, has": an age in apposition.
            var comma = Is(first - 1, "now") ? first - 2 : first - 1;
            var closes = Is(last + 1, ",") || Is(last + 1, ".") || Is(last + 1, ")") || Is(last + 1, "-") || Is(last + 1, "–") || Is(last + 1, "—");
            if (closes && Is(comma, ",") && IsKind(comma - 1, CountTokenKind.Word) && char.IsUpper(Tok(comma - 1)[0]))
            {
                Emit(first, last, value, null, "years", "age", "age.apposition");
                return last + 1;
            }

            // "At 36, Tovey will..." (above 24 so that "At 10, the market opened" stays a time)
            if (Is(first - 1, "At") && _tokens[first - 1].SentenceStart && Is(last + 1, ",") && value > 24)
            {
                Emit(first - 1, last, value, null, "years", "age", "age.at");
                return last + 1;
            }
        }

        if (!a.Words && qualifier is null && a.Plain && IsNameWord(first - 1) && !IsMonth(first - 1)
            && CountLexicon.Qualifiers.MatchAt(_text, _tokens, first - 1) is null)
        {
            // "Dunmore 71.", "Zorblax 3 is out", "Tito (2)": a name with a number and nothing counted.
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
            // "the driving age is 17", "cut the age limit to 16"
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

        // "96 of her 130 races": the whole is skipped, the noun after it is what is counted.
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
}
