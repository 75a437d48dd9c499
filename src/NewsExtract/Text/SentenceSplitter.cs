using System.Buffers;

namespace NewsExtract.Text;

/// <summary>
/// Splits paragraphs into sentences at terminal punctuation followed by white space and a capital,
/// digit or opening quote, except after known abbreviations and single initials.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = DataFile.Words("abbreviations.txt");

    private static readonly SearchValues<char> Terminals = SearchValues.Create(".!?…");

    public static IReadOnlyList<Sentence> Split(string text, IReadOnlyList<Paragraph> paragraphs)
    {
        var sentences = new List<Sentence>();
        foreach (var paragraph in paragraphs)
        {
            var start = paragraph.Span.Start;
            var end = paragraph.Span.End;
            var i = start;
            while (i < end)
            {
                // Only terminal punctuation can end a sentence: jump to the next one.
                var skip = text.AsSpan(i, end - i).IndexOfAny(Terminals);
                if (skip < 0)
                {
                    break;
                }

                i += skip;
                var c = text[i];
                if (c is '.' or '!' or '?' or '…')
                {
                    var close = i + 1;
                    while (close < end && IsClosing(text[close]))
                    {
                        close++;
                    }

                    if (close < end && char.IsWhiteSpace(text[close]) && StartsSentence(text, close, end)
                        && !(c == '.' && IsAbbreviation(text, start, i)))
                    {
                        sentences.Add(new Sentence(new TextSpan(start, close), sentences.Count, paragraph.Index));
                        var next = close;
                        while (next < end && char.IsWhiteSpace(text[next]))
                        {
                            next++;
                        }

                        start = next;
                        i = next;
                        continue;
                    }

                    i = close;
                    continue;
                }

                i++;
            }

            if (end > start)
            {
                sentences.Add(new Sentence(new TextSpan(start, end), sentences.Count, paragraph.Index));
            }
        }

        return sentences;
    }

    private static bool IsClosing(char c) => c is '"' or '\'' or '”' or '’' or ')' or ']' or '»';

    private static bool StartsSentence(string text, int from, int end)
    {
        var j = from;
        while (j < end && char.IsWhiteSpace(text[j]))
        {
            j++;
        }

        if (j >= end)
        {
            return false;
        }

        var c = text[j];
        return char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '\'' or '(' or '«' or '`' or '„';
    }

    // The word before a full stop: an abbreviation ("Mr.", "U.S.") or a single initial ("J.") does not end a sentence.
    private static bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        var wordStart = dot;
        while (wordStart > sentenceStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        if (wordStart == dot)
        {
            return false;
        }

        var word = text.AsSpan(wordStart, dot - wordStart);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        return Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }
}
