using System.Globalization;
using System.Text;
using System.Xml;

namespace NewsExtract.Evaluation;

/// <summary>A TIMEX3 inside a TimeML TEXT: offsets in code points of <see cref="TimeMlDocument.Text"/>.</summary>
public sealed record TimeMlTimex(string Text, int Start, int End, string? Type, string? Value);

/// <summary>
/// A TimeML (.tml) file read as an article with date gold: the article text is the content of TEXT
/// with the markup removed, entities decoded and outer white space trimmed (as the TimeBank .txt
/// files are); the reference date is the DCT's TIMEX3 value; every TIMEX3 in TEXT is a date item.
/// </summary>
public sealed class TimeMlDocument
{
    private TimeMlDocument(string text, DateOnly? referenceDate, IReadOnlyList<TimeMlTimex> timexes)
    {
        Text = text;
        ReferenceDate = referenceDate;
        Timexes = timexes;
    }

    public string Text { get; }

    public DateOnly? ReferenceDate { get; }

    public IReadOnlyList<TimeMlTimex> Timexes { get; }

    /// <summary>Reads TimeML; throws <see cref="XmlException"/> when it is not well-formed or has no TEXT.</summary>
    public static TimeMlDocument Read(Stream stream)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true };
        using var xml = XmlReader.Create(stream, settings);
        DateOnly? referenceDate = null;
        string? text = null;
        var timexes = new List<TimeMlTimex>();
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (xml.LocalName == "DCT")
            {
                referenceDate ??= ReadDct(xml.ReadSubtree());
            }
            else if (xml.LocalName == "TEXT" && text is null)
            {
                text = ReadText(xml.ReadSubtree(), timexes);
            }
        }

        if (text is null)
        {
            throw new XmlException("no TEXT element");
        }

        return Trimmed(text, referenceDate, timexes);
    }

    private static DateOnly? ReadDct(XmlReader dct)
    {
        while (dct.Read())
        {
            if (dct.NodeType == XmlNodeType.Element && dct.LocalName == "TIMEX3" && dct.GetAttribute("value") is { Length: >= 10 } value
                && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }
        }

        return null;
    }

    private static string ReadText(XmlReader text, List<TimeMlTimex> timexes)
    {
        var content = new StringBuilder();
        var codePoints = 0;
        var open = new Stack<(int Start, int Utf16Start, string? Type, string? Value)>();
        text.Read(); // the TEXT element itself
        while (text.Read())
        {
            switch (text.NodeType)
            {
                case XmlNodeType.Element when text.LocalName == "TIMEX3":
                    if (!text.IsEmptyElement)
                    {
                        open.Push((codePoints, content.Length, text.GetAttribute("type"), text.GetAttribute("value")));
                    }

                    break;
                case XmlNodeType.EndElement when text.LocalName == "TIMEX3" && open.Count > 0:
                    var (start, utf16Start, type, value) = open.Pop();
                    if (codePoints > start)
                    {
                        timexes.Add(new TimeMlTimex(content.ToString(utf16Start, content.Length - utf16Start), start, codePoints, type, value));
                    }

                    break;
                case XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA:
                    var chunk = text.Value;
                    content.Append(chunk);
                    codePoints += chunk.EnumerateRunes().Count();
                    break;
            }
        }

        return content.ToString();
    }

    private static TimeMlDocument Trimmed(string text, DateOnly? referenceDate, List<TimeMlTimex> timexes)
    {
        var trimmed = text.Trim();
        var shift = text[..text.IndexOf(trimmed, StringComparison.Ordinal)].EnumerateRunes().Count();
        var shifted = timexes.OrderBy(t => t.Start).Select(t => t with { Start = t.Start - shift, End = t.End - shift }).ToList();
        return new TimeMlDocument(trimmed, referenceDate, shifted);
    }
}
