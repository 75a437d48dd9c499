using NewsExtract.Text;

namespace NewsExtract.Counts;

/// <summary>
/// Splits one paragraph into words, numbers and punctuation in a single pass. Numbers keep their
/// separators and glued suffixes ("1,200", "3.5bn", "25-year-old", "10:30"), words keep inner hyphens
/// and apostrophes ("best-selling", "o'clock").
/// </summary>
internal static class CountTokenizer
{
    public static void Tokenize(string text, TextSpan paragraph, List<CountToken> tokens)
    {
        var inQuote = false;
        var sentenceStart = true;
        var i = paragraph.Start;
        var end = paragraph.End;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                var j = i + 1;
                while (j < end)
                {
                    j = AsciiRuns.End(text.AsSpan(0, end), j);

                    // Most words end at a space: no call to find that out.
                    if (j == end || text[j] == ' ' || !(char.IsLetterOrDigit(text[j]) || JoinsToken(text, j, end)))
                    {
                        break;
                    }

                    j++;
                }

                // "U.S." keeps its last full stop: it abbreviates, it does not end the sentence.
                if (j < end && text[j] == '.' && j - i >= 3 && text[j - 2] == '.' && char.IsUpper(text[j - 1]))
                {
                    j++;
                }

                tokens.Add(new CountToken(i, j, char.IsDigit(c) ? CountTokenKind.Number : CountTokenKind.Word, inQuote, sentenceStart));
                sentenceStart = false;
                i = j;
                continue;
            }

            // Curly quotes say which way they face; a straight one toggles.
            var wasQuote = true;
            switch (c)
            {
                case '“':
                    inQuote = true;
                    break;
                case '”':
                    inQuote = false;
                    break;
                case '"':
                    inQuote = !inQuote;
                    break;
                default:
                    wasQuote = false;
                    break;
            }

            tokens.Add(new CountToken(i, i + 1, CountTokenKind.Symbol, inQuote, false));
            if (!wasQuote)
            {
                sentenceStart = c is '.' or '!' or '?' or ':' or ';';
            }

            i++;
        }
    }

    // A separator inside a token: thousands commas and decimal points between digits, time colons,
    // slashes, hyphens and apostrophes between letters or digits.
    private static bool JoinsToken(string text, int j, int end)
    {
        // Most words end at a space: rule out every other character before looking at the next one.
        if (text[j] is not (',' or '.' or ':' or '-' or '/' or '\'' or '’') || j + 1 >= end || !char.IsLetterOrDigit(text[j + 1]))
        {
            return false;
        }

        var before = text[j - 1];
        var after = text[j + 1];
        return text[j] switch
        {
            ',' => char.IsDigit(before) && ThreeDigitsFollow(text, j + 1, end),
            '.' => char.IsDigit(before) && char.IsDigit(after) || IsInitial(text, j - 1) && char.IsUpper(after),
            ':' => char.IsDigit(before) && char.IsDigit(after),
            '-' or '/' => char.IsLetterOrDigit(before),
            '\'' or '’' => char.IsLetter(before) && char.IsLetter(after),
            _ => false,
        };
    }

    // A single capital letter ("U" in "U.S.", "N" in "U.N."), not the end of a word.
    private static bool IsInitial(string text, int k) => char.IsUpper(text[k]) && (k == 0 || !char.IsLetter(text[k - 1]));

    private static bool ThreeDigitsFollow(string text, int k, int end) =>
        k + 2 < end && char.IsDigit(text[k]) && char.IsDigit(text[k + 1]) && char.IsDigit(text[k + 2])
        && (k + 3 >= end || !char.IsDigit(text[k + 3]));
}
