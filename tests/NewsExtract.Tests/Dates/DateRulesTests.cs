using NewsExtract.Dates;

namespace NewsExtract.Tests.Dates;

public sealed class DateRulesTests
{
    [Fact]
    public void Rules_load_with_unique_ids_known_types_and_checked_templates()
    {
        var rules = DateRules.All;
        Assert.True(rules.Count > 100);
        Assert.Equal(rules.Count, rules.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(rules, r => Assert.Contains(r.Type, new[] { "DATE", "TIME", "DURATION", "SET", "REMOVE" }));
    }

    [Fact]
    public void Building_blocks_expand_recursively_and_unknown_ones_fail()
    {
        var blocks = new Dictionary<string, string> { ["A"] = "a@B", ["B"] = "b+", ["Loop"] = "@Loop" };
        Assert.Equal("(?:a(?:b+))|x", DateRules.Expand("@A|x", blocks));
        Assert.Contains("Monday", DateRules.Expand("@words:weekday", blocks), StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => DateRules.Expand("@Missing", blocks));
        Assert.Throws<InvalidOperationException>(() => DateRules.Expand("@Loop", blocks));
        Assert.Throws<InvalidOperationException>(() => DateRules.Expand("@words:nothing", blocks));
    }

    [Theory]
    [InlineData("The shops close on Friday.", "date_wd")]
    [InlineData("Theresa May spoke.", null)]
    [InlineData("It happened in May.", "date_month")]
    [InlineData("Sales rose 4% a year.", "set_per_unit")]
    public void The_longest_match_wins_and_remove_rules_yield_nothing(string text, string? rule)
    {
        var mentions = DateExtractor.Extract(NewsExtract.Text.Article.FromText(text));
        Assert.Equal(rule, mentions.SingleOrDefault()?.Rule);
    }

    [Theory]
    [InlineData("The talks ended on Friday.", "Past")]
    [InlineData("The talks will resume on Friday.", "Future")]
    [InlineData("On Friday, officials said the talks had ended.", "Past")]
    [InlineData("Friday.", "None")]
    public void A_mention_takes_the_tense_of_the_nearest_marker_before_it_else_after_it(string text, string tense)
    {
        var mention = Assert.Single(DateExtractor.Extract(NewsExtract.Text.Article.FromText(text)));
        Assert.Equal(Enum.Parse<Tense>(tense), mention.Tense);
    }
}
