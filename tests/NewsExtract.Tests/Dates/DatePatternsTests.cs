using NewsExtract.Dates.Tagging;

namespace NewsExtract.Tests.Dates;

public sealed class DatePatternsTests
{
    [Fact]
    public void Every_rule_compiles_with_a_unique_id()
    {
        var rules = DatePatterns.Rules;
        Assert.True(rules.Count > 30);
        Assert.Equal(rules.Count, rules.Select(r => r.Id).Distinct().Count());
        Assert.All(rules, r => Assert.Matches("^(date|time|duration|set|ref)\\.", r.Id));
    }

    [Fact]
    public void Definitions_and_lists_are_expanded()
    {
        var defs = new Dictionary<string, string> { ["two"] = "(?:2)" };
        Assert.Equal(@"a{2}[ \t\u00A0]+(?:2)", DatePatterns.Expand("a{2} {two}", defs));
        var weekdays = DatePatterns.Expand("{list:dates_tag_weekdays.txt@3=free}", defs);
        Assert.Contains("Wednesday", weekdays, StringComparison.Ordinal);
        Assert.DoesNotContain("|Tues|", "|" + weekdays.Trim('(', ')').Replace("?:", "") + "|", StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_reference_is_an_error()
    {
        Assert.Throws<InvalidOperationException>(() => DatePatterns.Expand("{nothing}", new Dictionary<string, string>()));
    }
}
