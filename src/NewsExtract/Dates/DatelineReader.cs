using System.Globalization;
using System.Text.RegularExpressions;
using NewsExtract.Text;

namespace NewsExtract.Dates;

/// <summary>
/// Finds a dateline at the start of the first or second paragraph (the second when the first is a
/// headline): a place in capitals, then optionally a date and an agency in brackets, then a dash.
/// </summary>
internal static partial class DatelineReader
{
    public static Dateline? Find(Article article)
    {
        for (var i = 0; i < Math.Min(2, article.Paragraphs.Count); i++)
        {
            var paragraph = article.Paragraphs[i].Span;
            var match = Pattern().Match(article.Text, paragraph.Start, paragraph.Length);
            if (match.Success && (match.Groups["month"].Success || match.Groups["agency"].Success || match.Groups["dash"].Value != ":"))
            {
                return Read(match);
            }
        }

        return null;
    }

    private static Dateline? Read(Match match)
    {
        string? value = null;
        DateOnly? date = null;
        if (match.Groups["month"].Success)
        {
            if (DateLexicon.Lookup("month", match.Groups["month"].Value) is not { } month)
            {
                return null;
            }

            var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
            var year = match.Groups["year"].Success ? match.Groups["year"].Value : "XXXX";
            value = $"{year}-{month}-{day:D2}";
            if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var full))
            {
                date = full;
            }
            else if (year != "XXXX")
            {
                return null;
            }
        }

        var dash = match.Groups["dash"];
        var span = new TextSpan(match.Index, dash.Index + dash.Length);
        var agency = match.Groups["agency"].Success ? match.Groups["agency"].Value.Trim() : null;
        var text = match.Value[..(span.End - match.Index)];
        return new Dateline(span, text, match.Groups["place"].Value.Trim(), agency, date, value);
    }

    // The place starts with a word in capitals ("KYIV", "NEW YORK"), so ordinary sentences never match.
    [GeneratedRegex(
        @"\G(?<place>\p{Lu}[\p{Lu}.'’\-]+(?:[ ]\p{Lu}[\p{Lu}.'’\-]+){0,3}(?:,[ ]\p{Lu}[\p{L}.'’\-]+(?:[ ]\p{Lu}[\p{L}.'’\-]+){0,2})?)" +
        @",?[ ]*(?:(?<month>\p{Lu}[a-z]{2,8}\.?)[ ](?<day>[0-9]{1,2})(?:,[ ](?<year>[0-9]{4}))?[ ]*)?" +
        @"(?:\((?<agency>[^()\r\n]{1,30})\)[ ]*)?(?<dash>--|[-—–:])(?=[ ])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();
}
