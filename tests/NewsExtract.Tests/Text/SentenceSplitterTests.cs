using NewsExtract.Text;

namespace NewsExtract.Tests.Text;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("The vote failed. Ministers met again.", new[] { "The vote failed.", "Ministers met again." })]
    [InlineData("Mr. Okafor arrived late. He left early.", new[] { "Mr. Okafor arrived late.", "He left early." })]
    [InlineData("The U.S. envoy spoke. Talks ended.", new[] { "The U.S. envoy spoke.", "Talks ended." })]
    [InlineData("J. R. Hollis won the seat.", new[] { "J. R. Hollis won the seat." })]
    [InlineData("\"We will win.\" The crowd cheered.", new[] { "\"We will win.\"", "The crowd cheered." })]
    [InlineData("Is it over? No one knows.", new[] { "Is it over?", "No one knows." })]
    [InlineData("Prices rose 2.5 percent. Wages did not.", new[] { "Prices rose 2.5 percent.", "Wages did not." })]
    [InlineData("It fell by half. then recovered.", new[] { "It fell by half. then recovered." })]
    [InlineData("The talks resumed on Jan. 5 in Oslo.", new[] { "The talks resumed on Jan. 5 in Oslo." })]
    public void Splits_at_sentence_ends_but_not_after_abbreviations_or_initials(string text, string[] expected)
    {
        var article = Article.FromText(text);

        Assert.Equal(expected, article.Sentences.Select(s => article.Slice(s.Span)));
    }

    [Fact]
    public void Sentences_never_cross_paragraphs()
    {
        var article = Article.FromText("First line without a stop\nSecond line.");

        Assert.Equal(2, article.Sentences.Count);
        Assert.Equal([0, 1], article.Sentences.Select(s => s.ParagraphIndex));
    }
}
