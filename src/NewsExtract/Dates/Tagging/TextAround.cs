using NewsExtract.Text;

namespace NewsExtract.Dates.Tagging;

/// <summary>Looks at the words next to a match without allocating: the word before, the word after.</summary>
internal static class TextAround
{
    /// <summary>The word right before <paramref name="index"/>, across blanks only (punctuation stops it).</summary>
    public static TextSpan WordBefore(string text, int index)
    {
        var i = index;
        while (i > 0 && text[i - 1] is ' ' or '\t' or '\u00A0')
        {
            i--;
        }

        var end = i;
        while (i > 0 && (char.IsLetter(text[i - 1]) || text[i - 1] is '\'' or '’' || (text[i - 1] == '-' && i > 1 && char.IsLetter(text[i - 2]))))
        {
            i--;
        }

        return new TextSpan(i, end);
    }

    /// <summary>The word right after <paramref name="index"/>, across blanks only.</summary>
    public static TextSpan WordAfter(string text, int index)
    {
        var i = index;
        while (i < text.Length && text[i] is ' ' or '\t' or '\u00A0')
        {
            i++;
        }

        var start = i;
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
        {
            i++;
        }

        return new TextSpan(start, i);
    }

    /// <summary>True when nothing but blanks and opening quotes stand between the sentence start and <paramref name="index"/>.</summary>
    public static bool StartsSentence(Article article, int index)
    {
        var sentence = article.SentenceAt(index);
        if (sentence is null)
        {
            return true;
        }

        for (var i = sentence.Span.Start; i < index; i++)
        {
            if (!(char.IsWhiteSpace(article.Text[i]) || article.Text[i] is '"' or '“' or '‘' or '\'' or '(' or '-' or '—'))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsCapitalized(ReadOnlySpan<char> word) => word.Length > 0 && char.IsUpper(word[0]);

    public static bool IsLowerWord(ReadOnlySpan<char> word) => word.Length > 0 && char.IsLower(word[0]);
}
