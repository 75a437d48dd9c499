using NewsExtract.Counts;
using NewsExtract.Dates;
using NewsExtract.Text;

namespace NewsExtract.Tests.Counts;

public sealed class CountExtractorTests
{
    [Theory]
    [InlineData("1,200", 1200d)]
    [InlineData("3.5", 3.5d)]
    [InlineData("1,000,000", 1000000d)]
    [InlineData("42", 42d)]
    public void Parses_digits_with_separators(string text, double expected)
    {
        var (used, value, _, _) = CountScanner.ParseNumeric(text);
        Assert.Equal(text.Length, used);
        Assert.Equal(expected, value);
    }

    [Fact]
    public void A_number_inside_a_given_date_is_not_reported()
    {
        const string text = "The deal agreed on March 3 freed 40 prisoners.";
        var article = Article.FromText(text);
        var start = text.IndexOf("March 3", StringComparison.Ordinal);
        var dates = new[] { new DateFact(new TextSpan(start, start + 7), "March 3", "DATE", "XXXX-03-03", "test") };
        var facts = CountExtractor.Extract(article, dates);
        Assert.DoesNotContain(facts, f => f.Text.Contains('3', StringComparison.Ordinal));
        Assert.Contains(facts, f => f is { Text: "40 prisoners", Kind: "count", Value: 40 });
    }

    [Fact]
    public void A_bare_year_date_is_reported_as_a_year_never_as_a_count()
    {
        const string text = "The deal agreed in 2007 freed 40 prisoners.";
        var article = Article.FromText(text);
        var year = text.IndexOf("2007", StringComparison.Ordinal);
        var dates = new[] { new DateFact(new TextSpan(year, year + 4), "2007", "DATE", "2007", "test") };
        var facts = CountExtractor.Extract(article, dates);
        Assert.Contains(facts, f => f is { Text: "2007", Kind: "year", Value: 2007 });
        Assert.DoesNotContain(facts, f => f.Text.Contains("2007", StringComparison.Ordinal) && f.Kind == "count");
    }

    [Fact]
    public void A_number_inside_a_given_duration_is_never_a_count()
    {
        const string text = "The talks went on for several days.";
        var article = Article.FromText(text);
        var start = text.IndexOf("several", StringComparison.Ordinal);
        var dates = new[] { new DateFact(new TextSpan(start, start + 12), "several days", "DURATION", "PXD", "test") };
        Assert.DoesNotContain(CountExtractor.Extract(article, dates), f => f.Kind == "count");
    }

    [Fact]
    public void Every_fact_carries_a_rule_and_its_exact_text()
    {
        const string text = "Some 83 MPs, 12 schools and £5m were named on 3 May.";
        var article = Article.FromText(text);
        var facts = CountExtractor.Extract(article, []);
        Assert.NotEmpty(facts);
        Assert.All(facts, f =>
        {
            Assert.False(string.IsNullOrEmpty(f.Rule));
            Assert.Equal(f.Text, article.Slice(f.Span));
        });
        Assert.DoesNotContain(facts, f => f.Text.Contains('3', StringComparison.Ordinal) && f.Text.Length == 1);
    }

    [Fact]
    public void A_repeated_paragraph_is_read_once()
    {
        const string text = "Rescuers freed 12 miners.\n\nRescuers freed 12 miners.";
        var facts = CountExtractor.Extract(Article.FromText(text), []);
        Assert.Single(facts);
    }
}
