using NewsExtract.Officials;
using NewsExtract.Text;

namespace NewsExtract.Tests.Officials;

public sealed class NameTokenizerTests
{
    [Fact]
    public void Possessives_are_cut_off_and_marked()
    {
        var (article, tokens) = Tokenize("Labour's plan and Jennings' book.");

        Assert.Equal("Labour", Text(article, tokens[0]));
        Assert.True(tokens[0].Possessive);
        Assert.Equal("Jennings", Text(article, tokens[3]));
        Assert.True(tokens[3].Possessive);
        Assert.False(tokens[1].Possessive);
    }

    [Fact]
    public void Hyphens_apostrophes_initials_and_honorific_dots_stay_inside_words()
    {
        var (article, tokens) = Tokenize("J. O'Brien met Ashby-Vane and Gen. al-Hamdan.");

        Assert.Equal(["J.", "O'Brien", "met", "Ashby-Vane", "and", "Gen.", "al-Hamdan", "."], tokens.Select(t => Text(article, t)));
    }

    [Fact]
    public void Words_after_a_sentence_end_or_an_opening_quote_are_sentence_initial()
    {
        var (article, tokens) = Tokenize("He left. \"Smith stayed,\" she said.");

        var smith = tokens.First(t => Text(article, t) == "Smith");
        var left = tokens.First(t => Text(article, t) == "left");
        Assert.True(smith.SentenceStart);
        Assert.False(left.SentenceStart);
    }

    private static (Article Article, List<NameToken> Tokens) Tokenize(string text)
    {
        var article = Article.FromText(text);
        var cursor = 0;
        var tokens = new NameTokenBuffer();
        NameTokenizer.Tokenize(article, article.Paragraphs[0], ref cursor, tokens, vocabulary: null);
        return (article, [.. tokens.Items.AsSpan(0, tokens.Count)]);
    }

    private static string Text(Article article, NameToken token) => article.Text[token.Start..token.End];
}
