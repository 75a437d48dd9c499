using NewsExtract.Counts;
using NewsExtract.Text;

namespace NewsExtract.Tests.Counts;

public sealed class CountTokenizerTests
{
    [Fact]
    public void Keeps_separators_and_glued_suffixes_inside_numbers()
    {
        var texts = Tokens("It paid £1,200, then 3.5bn to 25-year-old staff at 10:30.");
        Assert.Equal(["It", "paid", "£", "1,200", ",", "then", "3.5bn", "to", "25-year-old", "staff", "at", "10:30", "."], texts);
    }

    [Fact]
    public void A_comma_between_numbers_of_a_list_splits_them()
    {
        Assert.Equal(["1", ",", "20", "and", "3,000"], Tokens("1,20 and 3,000"));
    }

    [Fact]
    public void Keeps_dotted_initials_as_one_word()
    {
        Assert.Equal(["40,000", "U.S.", "troops", "and", "U.N.", "staff", "."], Tokens("40,000 U.S. troops and U.N. staff."));
    }

    [Fact]
    public void Marks_tokens_inside_double_quotes()
    {
        const string text = "He said \u201cmany people\u201d came and \"several more\" left.";
        var tokens = Tokenize(text);
        bool InQuote(string word) => tokens.First(t => text[t.Start..t.End] == word).InQuote;
        Assert.True(InQuote("many"));
        Assert.False(InQuote("came"));
        Assert.True(InQuote("several"));
        Assert.False(InQuote("left"));
    }

    [Fact]
    public void Marks_the_first_word_of_each_sentence()
    {
        const string text = "Four died. Police said so: Ten more were hurt.";
        var starts = Tokenize(text).Where(t => t.SentenceStart).Select(t => text[t.Start..t.End]);
        Assert.Equal(["Four", "Police", "Ten"], starts);
    }

    private static List<CountToken> Tokenize(string text)
    {
        var tokens = new List<CountToken>();
        CountTokenizer.Tokenize(text, new TextSpan(0, text.Length), tokens);
        return tokens;
    }

    private static List<string> Tokens(string text) => Tokenize(text).Select(t => text[t.Start..t.End]).ToList();
}
