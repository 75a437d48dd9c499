using System.Text;

namespace NewsExtract.Bench;

/// <summary>
/// Inputs built to hurt, each of a given size in its own unit (marks, words, digits, characters,
/// levels, paragraphs), so that time against size shows whether a stage stays linear. Shared by the
/// benchmarks and the ratio tests (linked into the test project).
/// </summary>
internal static class HostileInputs
{
    /// <summary>Quote marks of every kind with a word between: openings that never close, closings that never opened.</summary>
    public static string QuoteMarks(int marks)
    {
        string[] kinds = ["\"", "\u201C", "\u201D", "\u00AB", "\u00BB", "'", "\u2018"];
        var text = new StringBuilder(marks * 4);
        for (var i = 0; i < marks; i++)
        {
            text.Append(kinds[i % kinds.Length]).Append(i % 11 == 0 ? "said " : "we ");
        }

        return text.ToString();
    }

    /// <summary>Distinct capitalised words in one sentence: every one a name candidate.</summary>
    public static string CapitalisedWords(int words)
    {
        var text = new StringBuilder(words * 8);
        for (var i = 0; i < words; i++)
        {
            text.Append(i % 5 == 0 ? "Minister " : string.Empty).Append(Word(i)).Append(' ');
        }

        return text.Append("said.").ToString();
    }

    /// <summary>One run of digits, then a run with thousands separators.</summary>
    public static string Digits(int digits)
    {
        var text = new StringBuilder(digits * 2 + 16);
        for (var i = 0; i < digits; i++)
        {
            text.Append((char)('0' + i % 10));
        }

        text.Append(" people and 1");
        for (var i = 0; i < digits / 4; i++)
        {
            text.Append(",000");
        }

        return text.Append(" soldiers.").ToString();
    }

    /// <summary>Distinct news sentences on a single line of about <paramref name="characters"/> characters: one paragraph.</summary>
    public static string LongLine(int characters) => Sentences(characters, " ");

    /// <summary>
    /// One sentence of about <paramref name="characters"/> characters, no full stop anywhere: clauses
    /// with weekdays (dates resolved by the tense of the sentence) and tense markers all through it.
    /// </summary>
    public static string LongSentence(int characters)
    {
        var text = new StringBuilder(characters + 100);
        for (var i = 0; text.Length < characters; i++)
        {
            text.Append(i % 2 == 0 ? $"ward {i} was shut on Monday and " : $"crews will return on Friday to street {i} while ");
        }

        return text.Append("the council met").ToString();
    }

    /// <summary>Distinct news paragraphs, a blank line between them, of about <paramref name="characters"/> characters in all.</summary>
    public static string Article(int characters) => Sentences(characters, "\n\n");

    /// <summary>A paragraph inside <paramref name="levels"/> nested containers (div, section, blockquote).</summary>
    public static string DeepContainers(int levels) => Nested(levels, ["div", "section", "blockquote"]);

    /// <summary>A paragraph inside <paramref name="levels"/> nested formatting elements (b, i, a), never closed.</summary>
    public static string DeepInline(int levels) => Nested(levels, ["b", "i", "a"]);

    /// <summary>A page of <paramref name="paragraphs"/> short paragraphs, some never closed.</summary>
    public static string ManyParagraphs(int paragraphs)
    {
        var page = new StringBuilder("<html><body><article>");
        for (var i = 0; i < paragraphs; i++)
        {
            page.Append("<p>").Append(Word(i)).Append(i % 3 == 0 ? " met" : " left").Append(i % 7 == 0 ? string.Empty : "</p>");
        }

        return page.Append("</article></body></html>").ToString();
    }

    private static string Sentences(int characters, string separator)
    {
        var text = new StringBuilder(characters + 200);
        for (var i = 0; text.Length < characters; i++)
        {
            // Numbers and names change from sentence to sentence: repeated paragraphs would be skipped as duplicates.
            text.Append((i % 3) switch
            {
                0 => $"On Monday, June {i % 28 + 1}, 2025, at least {1200 + i} workers left the plant, Mayor {Word(i)} Lind said.",
                1 => $"\u201CWe will rebuild ward {i} by Friday,\u201D Governor {Word(i)} Osei told reporters last week.",
                _ => $"More than {40 + i} schools and about {i % 90 + 1}% of the {2000 + i} homes lost power over the weekend.",
            }).Append(separator);
        }

        return text.ToString();
    }

    private static string Nested(int levels, string[] tags)
    {
        var page = new StringBuilder("<html><body>");
        for (var i = 0; i < levels; i++)
        {
            page.Append('<').Append(tags[i % tags.Length]).Append('>');
        }

        return page.Append("<p>The bridge reopened on Monday.</p></body></html>").ToString();
    }

    // A distinct capitalised word for every index: Ba, Be, ..., Baba, ...
    private static string Word(int index)
    {
        const string consonants = "bdfgklmnprstvz";
        const string vowels = "aeiou";
        var word = new StringBuilder();
        do
        {
            word.Append(consonants[index % consonants.Length]).Append(vowels[index / consonants.Length % vowels.Length]);
            index /= consonants.Length * vowels.Length;
        }
        while (index > 0);

        word[0] = char.ToUpperInvariant(word[0]);
        return word.ToString();
    }
}
