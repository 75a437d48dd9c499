using NewsExtract.Text;

namespace NewsExtract.Counts;

/// <summary>Numbers written with digits, and what is glued to them ("3.5bn", "25-year-old", "3-1", "10:30").</summary>
internal sealed partial class CountScanner
{
    private int ReadDigits(int i)
    {
        var s = Tok(i);
        var (p, value, comma, dec) = ParseNumeric(s);
        var suffix = s[p..];
        var integer = !dec;
        var plain = !comma && !dec;

        if (suffix.IsEmpty || IsOrdinalSuffix(suffix))
        {
            if (IsDateNumber(i))
            {
                return i + 1;
            }
        }

        if (Is(i - 1, "#") && Is(i - 2, "&"))
        {
            // "&#163;": a character reference left in the text.
            return i + 1;
        }

        if (GluedToOperator(i))
        {
            // "2+2=5", "+44": arithmetic and dialling codes.
            Emit(i, i, value, null, null, "other", "other.formula");
            return i + 1;
        }

        if (_tokens.Count <= 2 && (_tokens.Count == 1 || _tokens[^1].Kind == CountTokenKind.Symbol))
        {
            // A number alone on its line is a table cell or a list marker, not prose.
            Emit(i, i, value, null, null, "other", "other.table");
            return _tokens.Count;
        }

        if (plain && s.Length >= 3 && s[0] == '0')
        {
            // "0800 555 0199", "007": a phone number or an id.
            var last = i;
            while (IsKind(last + 1, CountTokenKind.Number) && Tok(last + 1)[0] is >= '0' and <= '9' && !Tok(last + 1).Contains(','))
            {
                last++;
            }

            Emit(i, last, null, null, null, "other", "other.phone");
            return last + 1;
        }

        if (suffix.IsEmpty && plain && s.Length == 2 && Adjacent(i - 1, i) && (Is(i - 1, "'") || Is(i - 1, "’")))
        {
            // "in '94"
            Emit(i - 1, i, value, null, "year", "year", "year.short");
            return i + 1;
        }

        if (suffix.IsEmpty && plain && Adjacent(i, i + 1) && (Is(i + 1, "'") || Is(i + 1, "’")) && Adjacent(i + 1, i + 2) && Is(i + 2, "s"))
        {
            // "the 80's"
            Emit(i, i + 2, value, null, "decade", "year", "year.decade");
            return i + 3;
        }

        if (suffix.IsEmpty)
        {
            return Finish(new Amount(i, i, value, integer, plain, Words: false, Factor: 1));
        }

        switch (suffix[0])
        {
            case ':':
                return FinishTime(i, value);
            case '/' or '.' or ',':
                // "9/11", "24/7", "2.0.1": dates, slogans and versions.
                Emit(i, i, value, null, null, "other", "other.version");
                return i + 1;
            case '-' or '–':
                return ReadHyphenated(i, value, integer, plain, suffix[1..]);
        }

        if (IsOrdinalSuffix(suffix))
        {
            return FinishOrdinal(i, i, value, "ordinal.digits");
        }

        if (suffix is "s" && plain)
        {
            // "1960s" is a decade; "in their 60s" an age.
            var age = value < 100 && IsKind(i - 1, CountTokenKind.Word) && CountLexicon.Possessives.Contains(Tok(i - 1));
            Emit(i, i, value, null, age ? "years" : "decade", age ? "age" : "year", age ? "age.decade" : "year.decade");
            return i + 1;
        }

        if (IsMetres(i, value, dec, s, suffix))
        {
            // "the 800m", "a leap of 7.12m": athletics distances, not millions.
            Emit(i, i, value, null, "m", "measure", "measure.metres");
            return i + 1;
        }

        if (CountLexicon.Multipliers.TryGet(suffix, out var factor))
        {
            return Finish(new Amount(i, i, Scale(value, factor), true, false, Words: false, Factor: factor));
        }

        if (CountLexicon.CurrenciesAfter.TryWord(suffix, out var code))
        {
            // "80p"
            var (q, qFirst) = QualifierBefore(i);
            return FinishMoney(qFirst, i, value, q, null, code!, suffix.ToString(), "money.glued");
        }

        if (CountLexicon.Units.TryWord(suffix, out var kind))
        {
            // "5km", "3pm"
            var (qualifier, first) = QualifierBefore(i);
            Emit(first, i, value, qualifier, suffix.ToString(), kind!, kind + ".glued");
            return i + 1;
        }

        Emit(i, i, value, null, null, "other", "other.alnum");
        return i + 1;
    }

    // "3-1", "500-600", "2004-05", "25-year-old", "12,000-strong", "40-minute".
    private int ReadHyphenated(int i, double value, bool integer, bool plain, ReadOnlySpan<char> rest)
    {
        if (rest.Length > 0 && char.IsDigit(rest[0]))
        {
            var (p, second, _, _) = ParseNumeric(rest);
            if (p < rest.Length && second > value && CountLexicon.Multipliers.TryGet(rest[p..], out var factor))
            {
                // "$3-4bn": the multiplier applies to both bounds.
                return Finish(new Amount(i, i, Scale(value, factor), true, false, Words: false, Factor: factor) { Max = Scale(second, factor) });
            }

            if (p < rest.Length)
            {
                Emit(i, i, value, null, null, "other", "other.version");
                return i + 1;
            }

            if (plain && value is >= 1000 and < 2100)
            {
                Emit(i, i, value, null, "year", "year", "year.range");
                return i + 1;
            }

            if (IsMonth(i + 1))
            {
                // "10-12 June"
                return i + 1;
            }

            if (integer && second == Math.Floor(second) && value <= 30 && second <= 30 && (second <= value || NearScoreWord(i) || NearScoreToken(i))
                || integer && value < 100 && second < 100 && IsNameWord(i - 1) && IsNameWord(i + 1))
            {
                Emit(i, i, value, null, null, "score", "score.hyphen");
                return i + 1;
            }

            if (second > value)
            {
                return Finish(new Amount(i, i, value, integer, plain, Words: false, Factor: 1) { Max = second });
            }

            Emit(i, i, value, null, null, "other", "other.hyphen");
            return i + 1;
        }

        return FinishCompound(i, value, rest);
    }

    // A number joined to a word: "25-year-old", "12,000-strong", "three-day", "40-minute".
    private int FinishCompound(int i, double value, ReadOnlySpan<char> rest)
    {
        var hyphen = rest.IndexOf('-');
        var word = hyphen < 0 ? rest : rest[..hyphen];
        var tail = hyphen < 0 ? default : rest[(hyphen + 1)..];
        if (tail.StartsWith("old", StringComparison.OrdinalIgnoreCase))
        {
            Emit(i, i, value, null, word.EndsWith('s') ? word.ToString() : word.ToString() + "s", "age", "age.year_old");
            return i + 1;
        }

        if (word.Equals("strong", StringComparison.OrdinalIgnoreCase))
        {
            // "a 12,000-strong force": the noun after is what is counted.
            var np = NounPhraseReader.Read(_text, _tokens, i + 1);
            var (qualifier, first) = QualifierBefore(i);
            if (np is { Idiom: false } n)
            {
                Emit(first, n.Head, value, qualifier, TokText(n.First, n.Head), "count", "count.strong");
                return n.Head + 1;
            }

            Emit(first, i, value, qualifier, null, "count", "count.strong");
            return i + 1;
        }

        if (CountLexicon.Units.TryWord(word, out var kind))
        {
            Emit(i, i, value, null, word.ToString(), kind!, kind + ".compound");
            return i + 1;
        }

        Emit(i, i, value, null, word.ToString(), "other", "other.compound");
        return i + 1;
    }

    private int FinishTime(int i, double hours)
    {
        var last = i;
        if (CountLexicon.Units.MatchAt(_text, _tokens, i + 1) is { Value: "time" } unit)
        {
            last = unit.Last;
        }

        Emit(i, last, hours, null, null, "time", "time.clock");
        return last + 1;
    }

    private bool NearScoreWord(int i)
    {
        for (var t = Math.Max(0, i - 3); t <= Math.Min(_tokens.Count - 1, i + 2); t++)
        {
            if (t != i && IsKind(t, CountTokenKind.Word) && CountLexicon.ScoreWords.Contains(Tok(t)))
            {
                return true;
            }
        }

        return false;
    }

    // A number next to a month or weekday ("June 2", "2 February", "31 December 2004", "June 2, 2025", "4 or 5 April").
    private bool IsDateNumber(int i)
    {
        if (IsMonth(i - 1) || IsMonth(i + 1) || (Is(i + 1, "of") || Is(i + 1, ".")) && IsMonth(i + 2) || Is(i - 1, ".") && IsMonth(i - 2))
        {
            // "Aug. 2" too: an abbreviated month keeps its full stop.
            return true;
        }

        // "3, 11 and 19 March": a list of days ends with its month.
        var t = i + 1;
        while (Is(t, ",") && IsKind(t + 1, CountTokenKind.Number) && t - i < 12)
        {
            t += 2;
        }

        if ((Is(t, "and") || Is(t, "or") || Is(t, "to") || Is(t, "-") || Is(t, "–"))
            && IsKind(t + 1, CountTokenKind.Number) && IsMonth(t + 2))
        {
            return true;
        }

        return Is(i - 1, ",") && IsKind(i - 2, CountTokenKind.Number) && IsMonth(i - 3);
    }

    // Another score within two tokens: tennis sets "6-3 4-6 7-5", tie-breaks "7-6 (9-7)".
    private bool NearScoreToken(int i)
    {
        for (var t = Math.Max(0, i - 3); t <= Math.Min(_tokens.Count - 1, i + 3); t++)
        {
            if (t != i && IsKind(t, CountTokenKind.Number) && Math.Abs(t - i) <= 3)
            {
                var s = Tok(t);
                var dash = s.IndexOf('-');
                if (dash > 0 && dash <= 2 && s.Length - dash - 1 is >= 1 and <= 2 && int.TryParse(s[(dash + 1)..], out _) && int.TryParse(s[..dash], out _))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "Harbury Town 21-14 Kestrels": a capitalised team name on both sides.
    // "iOS 13", "iPad 2": a capital anywhere marks a name.
    private bool IsNameWord(int t) =>
        IsKind(t, CountTokenKind.Word) && Tok(t).ContainsAnyInRange('A', 'Z') && !CountLexicon.StopWords.Contains(Tok(t));

    private bool GluedToOperator(int i) =>
        Adjacent(i - 1, i) && IsOperator(i - 1) || Adjacent(i, i + 1) && IsOperator(i + 1);

    private bool IsOperator(int t) => IsKind(t, CountTokenKind.Symbol) && Tok(t)[0] is '+' or '=' or '*' or '^' or '×';

    // A glued "m" is metres when no currency sign stands before it and the number reads as a
    // distance: two decimals ("7.12m") or a race distance with nothing counted after it ("the 800m").
    private bool IsMetres(int i, double value, bool dec, ReadOnlySpan<char> token, ReadOnlySpan<char> suffix)
    {
        if (!suffix.Equals("m", StringComparison.Ordinal) || Adjacent(i - 1, i) && CountLexicon.CurrenciesBefore.TryGet(Tok(i - 1), out _)
            || EntityCurrencyBefore(i) is not null || CountLexicon.CurrenciesAfter.MatchAt(_text, _tokens, i + 1) is not null)
        {
            // "7.25m euros" is money.
            return false;
        }

        if (dec && token.Length - token.IndexOf('.') - 1 - suffix.Length == 2 || Is(i + 1, "per"))
        {
            // "7.12m", "12m per second"
            return true;
        }

        // "the women's 800m heats": an event name keeps its distance reading even with a noun after it.
        if (!CountLexicon.Distances.Contains(value))
        {
            return false;
        }

        var np = NounPhraseReader.Read(_text, _tokens, i + 1);
        return np is null || CountLexicon.DistanceNouns.Contains(Tok(np.Value.First))
               || Is(i + 1, "and") && IsKind(i + 2, CountTokenKind.Number) && Tok(i + 2).EndsWith('m')
               || IsKind(i - 1, CountTokenKind.Word) && (Tok(i - 1).EndsWith("'s", StringComparison.Ordinal) || Tok(i - 1).EndsWith("’s", StringComparison.Ordinal));
    }

    private static bool IsOrdinalSuffix(ReadOnlySpan<char> suffix) =>
        suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads "1,200", "3.5", "12" at the start of <paramref name="s"/>: chars used, value, separators seen.</summary>
    internal static (int Used, double Value, bool Comma, bool Decimal) ParseNumeric(ReadOnlySpan<char> s)
    {
        double whole = 0, fraction = 0, scale = 1;
        bool comma = false, dec = false;
        var p = 0;
        for (; p < s.Length; p++)
        {
            var c = s[p];
            if (c is >= '0' and <= '9')
            {
                if (dec)
                {
                    scale /= 10;
                    fraction += (c - '0') * scale;
                }
                else
                {
                    whole = whole * 10 + (c - '0');
                }
            }
            else if (c == ',' && !dec && p + 1 < s.Length && char.IsDigit(s[p + 1]))
            {
                comma = true;
            }
            else if (c == '.' && !dec && p + 1 < s.Length && char.IsDigit(s[p + 1]))
            {
                dec = true;
            }
            else
            {
                break;
            }
        }

        // Rounded so that 1.13 * 1e9 prints as 1130000000, not 1129999999.9999998.
        return (p, Math.Round(whole + fraction, 6), comma, dec);
    }
}
