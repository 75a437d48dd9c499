using System.Text;
using System.Text.RegularExpressions;
using NewsExtract.Dates;
using NewsExtract.Text;

namespace NewsExtract.Tests.Text;

/// <summary>
/// The scanner must find exactly what scanning the text with each expression finds: it only skips
/// positions where a match cannot begin. Checked against plain scanning on the real rule sets over
/// generated news-like text.
/// </summary>
public sealed class PatternScannerTests
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private static readonly string[] Words =
    [
        "the", "on", "in", "last", "next", "this", "early", "mid", "late", "Monday", "Friday", "weekend", "May",
        "June", "March", "Theresa", "Brian", "year", "years", "month", "week", "days", "ago", "earlier", "later",
        "before", "after", "quarter", "first", "second", "third", "half", "spring", "Christmas", "today",
        "yesterday", "tonight", "morning", "night", "at", "a.m.", "p.m.", "noon", "GMT", "1998", "2005", "'90s",
        "1990s", "15", "3", "10:30", "2,500", "12.5", "two", "twenty-one", "hundred", "several", "a", "few",
        "times", "once", "per", "every", "each", "was", "will", "said", "has", "been", "expected", "to",
        "announced", "is", "are", "fiscal", "FY", "Q3", "century", "decade", "now", "currently", "recently",
        "future", "past", "coming", "officials", "minister", "-", "–", ",", ".", "(", ")", "\"", "’", "K", "ſ",
        "\u00a0", "\u200b", "é", "٣", "1,234,567.89", "20250609", "3-day", "10-year-old",
    ];

    public static TheoryData<int> Seeds => [1, 2, 3, 4, 5, 6, 7, 8];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Date_rules_find_what_scanning_finds(int seed)
    {
        var expressions = DateRules.All.Select(rule => rule.Expression).ToList();
        AssertSameAsScanning(DateRules.Scanner, expressions, Text(seed));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Tense_markers_find_what_scanning_finds(int seed)
    {
        var expressions = DataFile.Rows("dates_tense.txt").Select(row => row[1]).ToList();
        AssertSameAsScanning(new PatternScanner(expressions, Options), expressions, Text(seed));
    }

    [Fact]
    public void An_expression_is_not_tried_past_its_last_required_literal()
    {
        // Any word may follow the number, so the prefixes ("0 a" to "0 z") cannot hold "ago".
        var scanner = new PatternScanner([@"(?<!\w)\d+\s+(?:[a-z]+\s+)?days\s+ago"], Options);
        var matches = new List<(int Expression, Match Match)>();
        scanner.Counters = new ScanCounters(scanner.Count);

        scanner.Scan("It was 3 long days ago, or 4 long days since, or 5 long days.", matches);

        Assert.Equal(["3 long days ago"], matches.Select(m => m.Match.Value));
        // Each number is a start; past the only "ago" no start can match, so one try.
        Assert.Equal(3, scanner.Counters.Starts(0));
        Assert.Equal(1, scanner.Counters.Tries(0));
        Assert.Equal(1, scanner.Counters.Matches(0));
    }

    [Fact]
    public void Counting_the_work_changes_no_match()
    {
        var expressions = DataFile.Rows("dates_tense.txt").Select(row => row[1]).ToList();
        var counted = new PatternScanner(expressions, Options);
        counted.Counters = new ScanCounters(counted.Count);
        var plain = new PatternScanner(expressions, Options);
        const string text = "Officials said the bridge was closed and will reopen, as they had planned; it is expected to cost more.";
        var withCounters = new List<(int Expression, Match Match)>();
        var without = new List<(int Expression, Match Match)>();

        counted.Scan(text, withCounters);
        plain.Scan(text, without);

        Assert.Equal(without.Select(m => (m.Expression, m.Match.Index, m.Match.Length)), withCounters.Select(m => (m.Expression, m.Match.Index, m.Match.Length)));
        var all = Enumerable.Range(0, counted.Count).ToList();
        Assert.Equal(withCounters.Count, all.Sum(counted.Counters.Matches));
        Assert.All(all, e => Assert.InRange(counted.Counters.Matches(e), 0, counted.Counters.Tries(e)));
        Assert.All(all, e => Assert.InRange(counted.Counters.Tries(e), 0, counted.Counters.Starts(e)));
        Assert.True(all.Sum(counted.Counters.Tries) > withCounters.Count, "some tries fail on this text");
    }

    [Fact]
    public void Prefixes_cut_shorter_keep_a_small_group_long()
    {
        // 1,296 words that differ in their second to fifth letters force a cut; cutting every
        // prefix to four letters would make "the past" and "the next" one "the ".
        const string letters = "abcdef";
        var many = Enumerable.Range(0, 1_296).Select(i => "q" + letters[i % 6] + letters[i / 6 % 6] + letters[i / 36 % 6] + letters[i / 216] + "ord");
        var expression = @"(?<!\w)(?:the[^\S\r\n]+(?:past|next)[^\S\r\n]+days?|" + string.Join("|", many) + @")\b";

        var prefixes = PatternScanner.Analyze([expression])[0].Prefixes!;

        Assert.InRange(prefixes.Count, 2, 1_000);
        Assert.Contains("the past", prefixes);
        Assert.Contains("the next", prefixes);
        Assert.DoesNotContain(prefixes, prefix => prefix.Length < 4);
    }

    private static void AssertSameAsScanning(PatternScanner scanner, IReadOnlyList<string> expressions, string text)
    {
        var expected = new List<(int, int, int)>();
        for (var i = 0; i < expressions.Count; i++)
        {
            for (var match = new Regex(expressions[i], Options).Match(text); match.Success; match = match.NextMatch())
            {
                expected.Add((i, match.Index, match.Length));
            }
        }

        var found = new List<(int Expression, Match Match)>();
        scanner.Scan(text, found);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, found.Select(f => (f.Expression, f.Match.Index, f.Match.Length)));
    }

    private static string Text(int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder();
        for (var i = 0; i < 3000; i++)
        {
            var word = Words[random.Next(Words.Length)];
            text.Append(random.Next(8) == 0 ? word.ToUpperInvariant() : word);
            text.Append(random.Next(14) switch { 0 => "", 1 => "  ", 2 => "-", 3 => " \t  ", _ => " " });
        }

        return text.ToString();
    }
}
