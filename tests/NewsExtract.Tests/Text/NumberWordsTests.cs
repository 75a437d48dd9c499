using NewsExtract.Text;

namespace NewsExtract.Tests.Text;

public sealed class NumberWordsTests
{
    [Theory]
    [InlineData("twenty-five people", 1, 25)]
    [InlineData("one hundred and twenty people", 4, 120)]
    [InlineData("three million people", 2, 3_000_000)]
    [InlineData("two thousand five hundred", 4, 2500)]
    [InlineData("seven", 1, 7)]
    [InlineData("and seven", 0, 0)]
    [InlineData("people", 0, 0)]
    public void Reads_the_longest_spelled_out_number(string phrase, int wordsUsed, double value)
    {
        var (used, read) = NumberWords.ReadCardinal(phrase.Split(' '));

        Assert.Equal(wordsUsed, used);
        Assert.Equal(value, read);
    }

    [Theory]
    [InlineData("fourth", 4)]
    [InlineData("twenty-first", 21)]
    [InlineData("hundredth", 100)]
    [InlineData("four", null)]
    public void Reads_ordinal_words(string word, int? value) => Assert.Equal(value, NumberWords.Ordinal(word));
}
