using NewsExtract.Text;

namespace NewsExtract.Dates.Tagging;

/// <summary>
/// Guesses the tense that governs a time word from the nearest tense marker in its sentence
/// ("will", "said", "took", a word in -ed). News mixes tenses in one sentence ("said Friday that the
/// talks will resume Monday"), so the nearest marker wins, and one before the word wins a tie.
/// </summary>
internal static class TenseDetector
{
    public static Tense Detect(string text, TextSpan sentence, TextSpan mention)
    {
        var best = Tense.Unknown;
        var bestDistance = int.MaxValue;

        // Words before the mention, nearest first.
        var distance = 0;
        var i = mention.Start;
        while (i > sentence.Start)
        {
            var (start, end) = PreviousWord(text, sentence.Start, i);
            if (start == end)
            {
                break;
            }

            distance++;
            var tense = Marker(text.AsSpan(start, end - start));
            if (tense != Tense.Unknown)
            {
                best = tense;
                bestDistance = distance;
                break;
            }

            i = start;
        }

        distance = 0;
        i = mention.End;
        while (i < sentence.End && distance < bestDistance)
        {
            var (start, end) = NextWord(text, sentence.End, i);
            if (start == end)
            {
                break;
            }

            distance++;
            var tense = Marker(text.AsSpan(start, end - start));
            if (tense != Tense.Unknown && distance < bestDistance)
            {
                best = tense;
                break;
            }

            i = end;
        }

        return best;
    }

    private static Tense Marker(ReadOnlySpan<char> word)
    {
        var lookup = DateLexicon.Tense.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var marked))
        {
            return marked switch
            {
                "past" => Tense.Past,
                "present" => Tense.Present,
                "future" => Tense.Future,
                _ => Tense.Unknown,
            };
        }

        // A lower-case word in -ed is most often a past tense in news ("the talks ended").
        return word.Length > 4 && char.IsLower(word[0]) && word.EndsWith("ed", StringComparison.Ordinal) ? Tense.Past : Tense.Unknown;
    }

    private static (int Start, int End) PreviousWord(string text, int limit, int index)
    {
        var i = index;
        while (i > limit && !IsWordChar(text[i - 1]))
        {
            i--;
        }

        var end = i;
        while (i > limit && IsWordChar(text[i - 1]))
        {
            i--;
        }

        return (i, end);
    }

    private static (int Start, int End) NextWord(string text, int limit, int index)
    {
        var i = index;
        while (i < limit && !IsWordChar(text[i]))
        {
            i++;
        }

        var start = i;
        while (i < limit && IsWordChar(text[i]))
        {
            i++;
        }

        return (start, i);
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || c is '\'' or '’';
}
