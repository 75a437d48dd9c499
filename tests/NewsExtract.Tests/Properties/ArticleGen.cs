using System.Text;
using CsCheck;

namespace NewsExtract.Tests.Properties;

/// <summary>
/// Generators of news-like articles: invented fragments with the shapes the extractors look for
/// (dates, counts, titled names, quotes in several marks, speech verbs, paragraph breaks), mixed with
/// the Unicode that real feeds carry by accident (astral characters, combining marks, invisible
/// marks, BOMs in the middle, CR-only line ends).
/// </summary>
internal static class ArticleGen
{
    private static readonly string[] Dates =
    [
        "on Monday", "June 2, 2025", "last week", "on Friday night", "3 March", "in the coming days", "yesterday",
        "Aug. 7, 1998", "over the weekend", "by the end of 2026", "2024-11-05", "every Tuesday", "for three days", "in May",
    ];

    private static readonly string[] Counts =
    [
        "at least 1,200 prisoners", "more than 40 schools", "nearly 300 workers", "thousands of residents", "12 of them",
        "about 5% of homes", "$4.5 million", "two cranes", "dozens of families", "7-2", "a 64-year-old farmer", "100,000",
        "between 30 and 50 boats", "the 3rd time",
    ];

    private static readonly string[] Names =
    [
        "President Elias Varga", "Mayor Petra Lind", "Harbour Master Elin Voss", "Minister Ana Pereira", "Dr. Kofi Mensah",
        "Governor Malik Osei", "Varga", "Ms Lind", "the minister", "Colonel Jean-Luc Fabre", "Senator Maria de la Cruz",
        "Omar al-Rashid", "police spokesperson Tanya Reeve",
    ];

    private static readonly string[] Verbs = ["said", "told reporters", "added", "warned", "said on Monday", "wrote", "insisted", "according to"];

    private static readonly string[] Words =
    [
        "The council", "voted", "the bridge", "will reopen", "after the storm", "and", "officials", "the ferry", "left",
        "Dunmore", "the talks", "ended", "without", "a deal", "residents", "were moved", "to", "the school", "in Kyiv", ",", ".",
    ];

    private static readonly (string Open, string Close)[] QuoteMarks =
        [("\"", "\""), ("\u201C", "\u201D"), ("\u00AB", "\u00BB"), ("\u2018", "\u2019"), ("\u201E", "\u201C"), ("'", "'")];

    private static readonly string[] Noise =
    [
        "\U0001F4F0", "\U0001D538", "\U0001F600\u200D\U0001F525", "e\u0301", "\u0301", "\u200B", "\u00A0", "\u200F", "\u200E",
        "\u202E", "\uFEFF", "\r", "\r\n", "\n", "\n\n", "\t", "\u2028", "\u0085", "\u3000", "\u0627\u0644\u0633\u0644\u0627\u0645",
        "\u4E2D\u6587", "\u0000", "\u001B", "\u00AD", "\uFFFD", "=cmd|'/c calc'!A1", "@SUM(1)", "-2+3", "<p>", "&amp;", "\\u0041",
    ];

    /// <summary>Characters never allowed where the input is UTF-8 bytes: the halves of surrogate pairs.</summary>
    private static readonly string[] LoneSurrogates = ["\uD800", "\uDFFF", "\uDC00x\uD83D"];

    private static Gen<string> Fragment(bool loneSurrogates)
    {
        var quote = Gen.Select(Gen.OneOf(QuoteMarks), Gen.OneOf(Words).Array[1, 6], Gen.OneOf(Names), Gen.OneOf(Verbs), Gen.Bool)
            .Select((marks, words, name, verb, after) =>
            {
                var quoted = marks.Open + string.Join(' ', words) + marks.Close;
                return after ? $"{quoted}, {name} {verb}." : $"{name} {verb}: {quoted}";
            });
        var randomText = Gen.Char.Array[1, 8].Select(chars => new string(chars));
        var frequencies = new List<(int, IGen<string>)>
        {
            (6, Gen.OneOf(Words)), (3, Gen.OneOf(Dates)), (3, Gen.OneOf(Counts)), (3, Gen.OneOf(Names)),
            (2, Gen.OneOf(Verbs)), (3, quote), (3, Gen.OneOf(Noise)), (1, randomText),
        };
        if (loneSurrogates)
        {
            frequencies.Add((1, Gen.OneOf(LoneSurrogates)));
        }

        return Gen.Frequency([.. frequencies]);
    }

    /// <summary>An article of 1 to 60 fragments, joined by spaces or nothing.</summary>
    public static Gen<string> Article(bool loneSurrogates = false) =>
        Gen.Select(Fragment(loneSurrogates), Gen.OneOf(" ", " ", " ", "", "\n\n")).Array[1, 60]
            .Select(parts =>
            {
                var text = new StringBuilder();
                foreach (var (fragment, separator) in parts)
                {
                    text.Append(fragment).Append(separator);
                }

                return text.ToString();
            });

    /// <summary>An article after random edits: inserted noise, cut or doubled ranges, swapped line ends.</summary>
    public static Gen<string> Mutated(bool loneSurrogates = false) =>
        Gen.Select(Article(loneSurrogates), Gen.Select(Gen.Int[0, 4], Gen.Double[0, 1], Gen.Double[0, 1], Gen.OneOf(Noise)).Array[1, 8])
            .Select((text, edits) =>
            {
                foreach (var (kind, at, length, noise) in edits)
                {
                    var start = (int)(at * text.Length);
                    var count = Math.Min(text.Length - start, (int)(length * 40));
                    text = kind switch
                    {
                        0 => text.Insert(start, noise),
                        1 => text.Remove(start, count),
                        2 => text.Insert(start, text.Substring(start, count)),
                        3 => text.Replace("\n", "\r"),
                        _ => text.ToUpperInvariant(),
                    };
                }

                // Cutting can split a surrogate pair: keep the text encodable unless lone ones are wanted.
                return loneSurrogates ? text : WellFormed(text);
            });

    /// <summary>An HTML page whose body puts the fragments in paragraphs, nested blocks, lists and noise elements.</summary>
    public static Gen<string> Page() =>
        Gen.Select(Article(), Gen.OneOf("p", "div", "li", "h2", "blockquote", "span", "script", "nav", "figcaption", "td").Array[1, 12], Gen.Int[0, 30])
            .Select((text, tags, depth) =>
            {
                var page = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>Storm</title></head><body>");
                page.Append(string.Concat(Enumerable.Repeat("<div>", depth)));
                var pieces = text.Split("\n\n");
                for (var i = 0; i < pieces.Length; i++)
                {
                    var tag = tags[i % tags.Length];
                    page.Append('<').Append(tag).Append('>').Append(System.Net.WebUtility.HtmlEncode(pieces[i])).Append("</").Append(tag).Append('>');
                }

                page.Append(string.Concat(Enumerable.Repeat("</div>", depth))).Append("</body></html>");
                return page.ToString();
            });

    /// <summary>How the text reaches the library as bytes: UTF-8 with or without BOM, UTF-16 or UTF-32 with BOM.</summary>
    public static Gen<Encoding> Encodings { get; } = Gen.OneOf<Encoding>(
        new UTF8Encoding(false), new UTF8Encoding(true), new UnicodeEncoding(false, true), new UnicodeEncoding(true, true), new UTF32Encoding(false, true));

    public static byte[] Encode(string text, Encoding encoding) => [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];

    private static string WellFormed(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            builder.Append(rune.ToString());
        }

        return builder.ToString();
    }
}
