using NewsExtract.Text;

namespace NewsExtract.Tests.Text;

public sealed class WordShapeFilterTests
{
    [Theory]
    [InlineData("minister", true)]
    [InlineData("MINISTER", true)] // case folds
    [InlineData("mutterer", true)] // same ends and length: only maybe
    [InlineData("ministers", false)]
    [InlineData("banker", false)]
    [InlineData("José", true)] // a non-ASCII end is always looked up
    public void Only_words_of_a_listed_length_and_ends_may_be_in_the_list(string word, bool mayBe)
    {
        var filter = WordShapeFilter.Of(["minister", "envoy", "José"], StringComparer.OrdinalIgnoreCase);

        Assert.Equal(mayBe, filter.MayContain(word));
    }

    [Fact]
    public void A_listed_word_with_a_non_ascii_end_is_found_in_any_case()
    {
        var filter = WordShapeFilter.For(["José", "Chloé"], ignoreCase: true);

        Assert.NotNull(filter);
        Assert.True(filter.MayContain("JOSÉ"));
        Assert.True(filter.MayContain("chloÉ"));
        Assert.False(filter.MayContain("Jose")); // an ASCII end is filtered, and no listed word has one
    }
}
