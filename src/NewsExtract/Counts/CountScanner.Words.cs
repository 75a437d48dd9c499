using NewsExtract.Text;

namespace NewsExtract.Counts;

/// <summary>Numbers written in words ("twenty-five", "a million"), vague amounts ("thousands of") and ordinals.</summary>
internal sealed partial class CountScanner
{
    private readonly List<string> _words = [];

    // "thousands of stranded passengers", "several rounds", "a couple of", "many of the problems".
    private int ReadVague(int i, VagueAmount vague, int last)
    {
        // "as many people as possible", "how many hostages": a comparison or a question, not an amount.
        if (Is(i - 1, "as") || Is(i - 1, "how"))
        {
            return i;
        }

        var value = vague.Value;
        var qualifier = vague.Qualifier;
        var k = last + 1;
        var first = i;
        if (qualifier is null && value is not null)
        {
            // "more than a dozen chefs"
            (qualifier, first) = QualifierBefore(i);
        }

        // "several hundred people", "a few thousand fans": the scale word sets the floor.
        if (value is null && IsScale(k))
        {
            value = ScaleOf(k);
            qualifier = "at_least";
            last = k;
            k++;
        }

        if (vague.NeedsOf)
        {
            if (!Is(k, "of"))
            {
                return vague.Bare ? ReadVagueAlone(i, first, last, value, qualifier) : i;
            }

            k++;
            if (IsKind(k, CountTokenKind.Word) && CountLexicon.Partitive.Contains(Tok(k)))
            {
                k++;
            }
        }
        else if (Is(k, "of") && IsKind(k + 1, CountTokenKind.Word) && CountLexicon.Partitive.Contains(Tok(k + 1)))
        {
            k += 2;
        }

        // Bare "many" or "several" in quoted speech is rhetoric, not a reported amount.
        if (value is null && _tokens[i].InQuote)
        {
            return i;
        }

        if (value is not null && CountLexicon.CurrenciesAfter.MatchAt(_text, _tokens, k) is { } money)
        {
            // "hundreds of millions of euros"
            Emit(first, money.Last, value, qualifier, TokText(k, money.Last), "money", "money.vague", currency: money.Value);
            return money.Last + 1;
        }

        // "several days", "many more years"
        var u = k;
        while (IsKind(u, CountTokenKind.Word) && CountLexicon.LeadingModifiers.Contains(Tok(u)))
        {
            u++;
        }

        if (CountLexicon.Units.MatchAt(_text, _tokens, u) is { Value: "duration" } unit)
        {
            Emit(first, unit.Last, value, qualifier, TokText(u, unit.Last), "duration", "duration.vague");
            return unit.Last + 1;
        }

        var np = NounPhraseReader.Read(_text, _tokens, k);
        if (np is not { Idiom: false, ProperName: false, Plural: true } n)
        {
            // "several lesser", "many a time": a vague amount counts plural things.
            return i;
        }

        Emit(first, n.Head, value, qualifier, TokText(n.First, n.Head), "count", vague.NeedsOf ? "count.vague.of" : "count.vague");
        return n.Head + 1;
    }

    // "Thousands marched", "hundreds more were hurt": the plural number stands for people.
    private int ReadVagueAlone(int i, int first, int last, double? value, string? qualifier)
    {
        for (var t = first - 1; t >= Math.Max(0, first - 4); t--)
        {
            if (IsKind(t, CountTokenKind.Word) && CountLexicon.MoneyVerbs.Contains(Tok(t)))
            {
                // "it would cost thousands": a sum of money, not people.
                return i;
            }
        }

        var k = last + 1;
        if (Is(k, "more"))
        {
            if (NounPhraseReader.Read(_text, _tokens, k) is { Idiom: false, ProperName: false, Plural: true } more)
            {
                Emit(first, more.Head, value, qualifier, TokText(more.First, more.Head), "count", "count.vague.more");
                return more.Head + 1;
            }

            last = k;
        }
        else if (NounPhraseReader.Read(_text, _tokens, k) is not null || IsKind(k, CountTokenKind.Number))
        {
            return i;
        }

        Emit(first, last, value, qualifier, null, "count", "count.vague.bare");
        return last + 1;
    }

    // "twenty-five", "one hundred and twenty", "a million", "half a million", "three-day".
    private int? ReadWordNumber(int i)
    {
        var word = Tok(i);
        var hyphen = word.IndexOf('-');
        if (hyphen > 0 && NumberWords.IsCardinal(word[..hyphen]) && !IsSpelledCardinal(word))
        {
            return ReadWordCompound(i, word);
        }

        if (ReadCardinalAt(i) is not { } read)
        {
            return null;
        }

        if (char.IsUpper(word[0]) && !_tokens[i].SentenceStart && !Tok(i).Equals("A", StringComparison.Ordinal))
        {
            // "the Harbury Three": a name, not an amount.
            Emit(i, read.Last, read.Value, null, null, "other", "other.name");
            return read.Last + 1;
        }

        if (SpokenYear(i, read.Last) is { } year)
        {
            // "nineteen ninety-one" read aloud is 1991, not 110.
            Emit(i, read.Last, year, null, "year", "year", "year.words");
            return read.Last + 1;
        }

        if (read.Value == 1 && (Is(read.Last + 1, "another") || Is(read.Last + 1, "of") && !CountLexicon.Partitive.Contains(TokOrEmpty(read.Last + 2))))
        {
            return read.Last + 1;
        }

        return Finish(new Amount(i, read.Last, read.Value, read.Value == Math.Floor(read.Value), false, Words: true, Factor: 1));
    }

    // "three-day", "four-letter", "twenty-five-year-old": the number word, then what it is joined to.
    private int ReadWordCompound(int i, ReadOnlySpan<char> word)
    {
        var parts = word.ToString().Split('-');
        var used = parts.Length > 2 && IsSpelledCardinal($"{parts[0]}-{parts[1]}") ? 2 : 1;
        _words.Clear();
        _words.Add(used == 2 ? $"{parts[0]}-{parts[1]}".ToLowerInvariant() : parts[0].ToLowerInvariant());
        var (_, value) = NumberWords.ReadCardinal(_words);
        if (parts[used].Equals("off", StringComparison.OrdinalIgnoreCase) || parts[used].Equals("way", StringComparison.OrdinalIgnoreCase))
        {
            // "one-off", "one-way": idioms.
            return i + 1;
        }

        return FinishCompound(i, value, string.Join('-', parts, used, parts.Length - used));
    }

    /// <summary>A spelled-out cardinal at token k ("a hundred", "half a million", "one hundred and twenty").</summary>
    private (double Value, int Last)? ReadCardinalAt(int k)
    {
        if ((Is(k, "a") || Is(k, "an")) && IsScale(k + 1))
        {
            return (ScaleOf(k + 1), k + 1);
        }

        if (Is(k, "half") && (Is(k + 1, "a") || Is(k + 1, "an")) && IsScale(k + 2))
        {
            return (ScaleOf(k + 2) / 2, k + 2);
        }

        if (Is(k, "a") && Is(k + 1, "quarter") && Is(k + 2, "of") && (Is(k + 3, "a") || Is(k + 3, "an")) && IsScale(k + 4))
        {
            return (ScaleOf(k + 4) / 4, k + 4);
        }

        _words.Clear();
        var t = k;
        while (t < _tokens.Count && _tokens[t].Kind == CountTokenKind.Word && _words.Count < 10)
        {
            var w = Tok(t);
            if (IsSpelledCardinal(w))
            {
                _words.Add(w.ToString().ToLowerInvariant());
            }
            else if (w.Equals("and", StringComparison.OrdinalIgnoreCase) && _words.Count > 0 && IsScale(t - 1) && t + 1 < _tokens.Count
                     && _tokens[t + 1].Kind == CountTokenKind.Word && IsSpelledCardinal(Tok(t + 1)) && !IsScale(t + 1))
            {
                _words.Add("and");
            }
            else
            {
                break;
            }

            t++;
        }

        if (_words.Count == 0)
        {
            return null;
        }

        var (used, value) = NumberWords.ReadCardinal(_words);
        return used == 0 ? null : (value, k + used - 1);
    }

    // Two number groups with no "hundred" between them: "nineteen ninety-one", "twenty twelve".
    private double? SpokenYear(int first, int last)
    {
        if (last != first + 1)
        {
            return null;
        }

        var high = ReadOne(first);
        var low = ReadOne(last);
        var century = high is >= 11 and <= 19 || high is >= 20 and <= 90 && high % 10 == 0;
        return century && low is >= 10 and < 100 ? high * 100 + low : null;
    }

    private double ReadOne(int t)
    {
        _words.Clear();
        _words.Add(Tok(t).ToString().ToLowerInvariant());
        var (used, value) = NumberWords.ReadCardinal(_words);
        return used == 1 ? value : -1;
    }

    private int ReadOrdinalWord(int i)
    {
        if (NumberWords.Ordinal(Tok(i)) is not { } value || IsMonth(i + 1) || Is(i + 1, "of") && IsMonth(i + 2))
        {
            return i + 1;
        }

        return FinishOrdinal(i, i, value, "ordinal.word");
    }

    private static bool IsSpelledCardinal(ReadOnlySpan<char> w)
    {
        if (NumberWords.IsCardinal(w))
        {
            return true;
        }

        var hyphen = w.IndexOf('-');
        return hyphen > 0 && NumberWords.IsCardinal(w[..hyphen]) && NumberWords.IsCardinal(w[(hyphen + 1)..])
               && w[(hyphen + 1)..].IndexOf('-') < 0;
    }

    private bool IsScale(int t) =>
        IsKind(t, CountTokenKind.Word) && NumberWords.IsCardinal(Tok(t)) && CountLexicon.Multipliers.TryGet(Tok(t), out _)
        || Is(t, "hundred");

    private double ScaleOf(int t) => Is(t, "hundred") ? 100 : CountLexicon.Multipliers.TryGet(Tok(t), out var f) ? f : 1;

    private ReadOnlySpan<char> TokOrEmpty(int t) => t >= 0 && t < _tokens.Count ? Tok(t) : default;
}
