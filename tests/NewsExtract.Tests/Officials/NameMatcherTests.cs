using NewsExtract.Officials;

namespace NewsExtract.Tests.Officials;

public sealed class NameMatcherTests
{
    [Theory]
    [InlineData("Ostapenkyy", "Ostapenkiy", true)]
    [InlineData("Andersen", "Anderson", true)]
    [InlineData("Kovalenko", "Kovalenkko", true)]
    [InlineData("Brown", "Brawn", false)] // too short to call a variant
    [InlineData("Castell", "Castell", false)] // the same word is no variant
    [InlineData("Johnson", "Jackson", false)]
    [InlineData("Patterson", "Batterson", false)] // a different opening
    public void Spelling_variants_are_one_edit_apart_in_long_names(string a, string b, bool expected)
    {
        Assert.Equal(expected, NameMatcher.IsSpellingVariant(a, b));
        Assert.Equal(expected, NameMatcher.IsSpellingVariant(b, a));
    }

    [Theory]
    [InlineData(new[] { "Henry", "Walter", "Bishop", "Jr" }, "Bishop")]
    [InlineData(new[] { "Moira", "Castell" }, "Castell")]
    [InlineData(new[] { "Tito" }, "Tito")]
    public void The_surname_is_the_last_word_before_any_suffix(string[] words, string expected)
    {
        Assert.Equal(expected, NameMatcher.Surname(words));
    }
}
