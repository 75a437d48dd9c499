using NewsExtract.Quotes;

namespace NewsExtract.Tests.Quotes;

public sealed class QuoteTokenizerTests
{
    [Theory]
    [InlineData("Today’s vote", new[] { "Today’s", "vote" })]
    [InlineData("don't stop", new[] { "don't", "stop" })]
    [InlineData("the Workers' Union", new[] { "the", "Workers'", "Union" })]
    [InlineData("1,500 MPs and 3.5%", new[] { "1,500", "MPs", "and", "3.5", "%" })]
    [InlineData("co-chairman of AT&T", new[] { "co-chairman", "of", "AT&T" })]
    [InlineData("'fuss' ends", new[] { "'", "fuss", "'", "ends" })]
    public void Keeps_apostrophes_hyphens_and_number_marks_inside_words(string text, string[] expected)
    {
        var tokens = new List<QuoteToken>();

        QuoteTokenizer.Tokenize(text, 0, text.Length, tokens);

        Assert.Equal(expected, tokens.Select(t => text[t.Start..t.End]));
    }

    [Theory]
    [InlineData("``", "DoubleMark")]
    [InlineData("''", "DoubleMark")]
    [InlineData("’’", "DoubleMark")]
    [InlineData("—", "Dash")]
    [InlineData("...", "Stop")]
    [InlineData("’", "SingleMark")]
    public void Classifies_marks(string text, string kindName)
    {
        var kind = Enum.Parse<TokenKind>(kindName);
        var tokens = new List<QuoteToken>();

        QuoteTokenizer.Tokenize(text, 0, text.Length, tokens);

        Assert.Equal(kind, Assert.Single(tokens).Kind);
    }
}
