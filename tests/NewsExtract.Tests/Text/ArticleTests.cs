using NewsExtract.Text;

namespace NewsExtract.Tests.Text;

public sealed class ArticleTests
{
    [Fact]
    public void Each_non_blank_line_is_a_paragraph_trimmed_of_white_space()
    {
        var article = Article.FromText("Headline here\n\n  First paragraph.  \r\nSecond paragraph.\n");

        Assert.Equal(["Headline here", "First paragraph.", "Second paragraph."], article.Paragraphs.Select(p => article.Slice(p.Span)));
        Assert.Equal([0, 1, 2], article.Paragraphs.Select(p => p.Index));
    }

    [Fact]
    public void A_repeated_paragraph_is_marked_duplicate_and_not_prose()
    {
        var article = Article.FromText("A ferry sank off the coast.\nA ferry sank off the coast.\nRescuers arrived.");

        Assert.False(article.Paragraphs[0].IsDuplicate);
        Assert.True(article.Paragraphs[1].IsDuplicate);
        Assert.False(article.Paragraphs[1].IsProse);
        Assert.True(article.Paragraphs[2].IsProse);
    }

    [Fact]
    public void A_photo_credit_line_is_a_caption()
    {
        var article = Article.FromText("Firefighters at the scene on Tuesday (credit: Harbour Press)\nThe fire started at noon.");

        Assert.True(article.Paragraphs[0].IsCaption);
        Assert.False(article.Paragraphs[1].IsCaption);
    }

    [Fact]
    public void Code_point_index_discounts_the_second_half_of_surrogate_pairs()
    {
        var article = Article.FromText("😀 a 😀 b");

        Assert.Equal(0, article.CodePointIndex(0));
        Assert.Equal(2, article.CodePointIndex(3));
        Assert.Equal(4, article.CodePointIndex(5));
        Assert.Equal(5, article.CodePointIndex(7));
        Assert.Equal(7, article.CodePointIndex(article.Text.Length));
    }

    [Fact]
    public void Code_point_index_counts_a_lone_surrogate_as_one_code_point()
    {
        var article = Article.FromText("x\uDC00y\uD800z");

        Assert.Equal(5, article.CodePointIndex(5));
    }

    [Fact]
    public void Paragraph_and_sentence_lookups_find_the_enclosing_unit()
    {
        var article = Article.FromText("One two. Three four.\nFive six.");

        Assert.Equal(0, article.ParagraphAt(3)!.Index);
        Assert.Equal(1, article.ParagraphAt(22)!.Index);
        Assert.Null(article.ParagraphAt(20));
        Assert.Equal("Three four.", article.Slice(article.SentenceAt(12)!.Span));
    }
}
