using NewsExtract.Quotes;
using NewsExtract.Text;

namespace NewsExtract.Tests.Quotes;

public sealed class QuoteMarksTests
{
    [Theory]
    [InlineData("He said \"we will win\" and left.", new[] { "we will win" })]
    [InlineData("“Today’s vote matters,” she said.", new[] { "Today’s vote matters," })]
    [InlineData("``It is over,'' he said.", new[] { "It is over," })]
    [InlineData("„Die Grenze bleibt offen“, sagte sie.", new[] { "Die Grenze bleibt offen" })]
    [InlineData("«Nous resterons», a-t-il dit.", new[] { "Nous resterons" })]
    [InlineData("»Wir bleiben«, sagte er.", new[] { "Wir bleiben" })]
    [InlineData("\"A,\" he said. \"B.\"", new[] { "A,", "B." })]
    [InlineData("He said:\"No deal.\"Then he left.", new[] { "No deal." })]
    [InlineData("\"He told me, 'Don't go,' and left,\" she said.", new[] { "He told me, 'Don't go,' and left," })]
    public void Pairs_every_style_of_double_mark(string text, string[] expected)
    {
        Assert.Equal(expected, Segments(text).Select(s => s.Text));
    }

    [Fact]
    public void A_mark_that_opens_inside_an_open_quotation_splits_it()
    {
        var segments = Segments("She said: \"The plan failed. \"We need a new one.\" Then she left.");

        Assert.Equal(["The plan failed.", "We need a new one."], segments.Select(s => s.Text));
        Assert.Equal(SegmentEnd.Reopened, segments[0].End);
        Assert.True(segments[1].ContinuesPrevious);
    }

    [Fact]
    public void A_quotation_left_open_ends_with_its_paragraph()
    {
        var segments = Segments("She said: \"The review will take six months  ");

        Assert.Equal("The review will take six months", Assert.Single(segments).Text);
        Assert.Equal(SegmentEnd.ParagraphEnd, segments[0].End);
    }

    [Fact]
    public void A_closing_mark_with_no_opening_one_starts_at_the_paragraph()
    {
        var segments = Segments("The rules are a disgrace,\" the lawyer said.");

        Assert.Equal("The rules are a disgrace,", Assert.Single(segments).Text);
        Assert.True(segments[0].OpensAtParagraphStart);
    }

    [Theory]
    [InlineData("The 12\" single sold out.")]
    [InlineData("The workers' union and the nation’s leaders met.")]
    [InlineData("Minister defends 'tough but fair' budget")]
    public void Inch_marks_apostrophes_and_single_quotes_pair_nothing(string text)
    {
        Assert.Empty(Segments(text));
    }

    private static List<(string Text, SegmentEnd End, bool ContinuesPrevious, bool OpensAtParagraphStart)> Segments(string text)
    {
        var article = Article.FromText(text);
        var view = new ParagraphView(article.Text);
        view.Load(article.Paragraphs[0]);
        return view.Segments
            .Select(s => (text[s.ContentStart..s.ContentEnd], s.End, s.ContinuesPrevious, s.OpensAtParagraphStart))
            .ToList();
    }
}
