using NewsExtract.Counts;
using NewsExtract.Text;

namespace NewsExtract.Tests.Counts;

public sealed class NounPhraseReaderTests
{
    [Theory]
    [InlineData("stranded passengers were rescued", "stranded passengers")]
    [InlineData("Monte Carlo style casinos in the UK", "Monte Carlo style casinos")]
    [InlineData("arms dealers from abroad", "arms dealers")]
    [InlineData("people dead after the quake", "people")]
    [InlineData("MPs gave their answers", "MPs")]
    [InlineData("authors shortlisted for a prize", "authors")]
    [InlineData("police officers on patrol", "police officers")]
    [InlineData("Britons were freed", "Britons")]
    [InlineData("more troops to the region", "troops")]
    public void Reads_the_counted_noun_up_to_its_head(string text, string expected)
    {
        var (tokens, phrase) = Read(text);
        Assert.NotNull(phrase);
        var p = phrase.Value;
        Assert.Equal(expected, text[tokens[p.First].Start..tokens[p.Head].End]);
        Assert.False(p.ProperName);
    }

    [Fact]
    public void A_capitalised_name_without_a_plural_is_a_proper_name()
    {
        var (_, phrase) = Read("Downing Street said");
        Assert.True(phrase!.Value.ProperName);
    }

    [Fact]
    public void A_stop_noun_first_is_an_idiom()
    {
        var (_, phrase) = Read("sides agreed");
        Assert.True(phrase!.Value.Idiom);
    }

    [Theory]
    [InlineData("of the problems")]
    [InlineData("submitted on time")]
    [InlineData("were hurt")]
    public void Nothing_to_count_gives_no_phrase(string text)
    {
        Assert.Null(Read(text).Phrase);
    }

    private static (List<CountToken> Tokens, NounPhrase? Phrase) Read(string text)
    {
        var tokens = new List<CountToken>();
        CountTokenizer.Tokenize(text, new TextSpan(0, text.Length), tokens);
        return (tokens, NounPhraseReader.Read(text, tokens, 0));
    }
}
