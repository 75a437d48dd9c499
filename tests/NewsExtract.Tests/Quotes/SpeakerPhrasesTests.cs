using NewsExtract.Quotes;
using NewsExtract.Text;

namespace NewsExtract.Tests.Quotes;

public sealed class SpeakerPhrasesTests
{
    [Theory]
    [InlineData("Kremlin aide Vladan Petrov said", "Kremlin aide Vladan Petrov")]
    [InlineData("However, Norway's Fisheries Ministry stated", "Norway's Fisheries Ministry")]
    [InlineData("Liam Doyle, the party's co-chairman, said", "Liam Doyle")]
    [InlineData("Prof Ana Reyes, who led the study with two colleagues, said", "Prof Ana Reyes")]
    [InlineData("But she later added", "she")]
    [InlineData("Another junior member of the Cabinet says", "Another junior member of the Cabinet")]
    [InlineData("Yet aviation analyst Tom Berg of Nordic Capital says", "aviation analyst Tom Berg of Nordic Capital")]
    [InlineData("Officials on Monday said", "Officials")]
    [InlineData("The Kremlin had insisted", "The Kremlin")]
    [InlineData("A notice on a site from the Kremlin said", "the Kremlin")]
    [InlineData("The Chilean ambassador to Norway said", "The Chilean ambassador to Norway")]
    [InlineData("Managing director Ilse Marten said", "Managing director Ilse Marten")]
    public void Reads_the_speaker_before_a_cue(string text, string expected)
    {
        var view = View(text);
        var verb = view.Count - 1;

        var phrase = SpeakerPhrases.Before(view, verb);

        Assert.NotNull(phrase);
        Assert.Equal(expected, text[view[phrase.Value.First].Start..view[phrase.Value.End - 1].End]);
    }

    [Theory]
    [InlineData("Neither camp said")]
    [InlineData("The painting is said")]
    [InlineData("The ministry denied what it said")]
    [InlineData("Researchers were told")]
    public void Finds_no_speaker_where_there_is_none(string text)
    {
        var view = View(text);

        Assert.Null(SpeakerPhrases.Before(view, view.Count - 1));
    }

    [Theory]
    [InlineData("said a spokesman for the airline.", "a spokesman for the airline", "spokesman")]
    [InlineData("said Bill and Ben series producer Clare Hobday.", "Bill and Ben series producer Clare Hobday", "Hobday")]
    [InlineData("said Mr Okafor in Lagos.", "Mr Okafor", "Okafor")]
    public void Reads_the_speaker_after_an_inverted_cue(string text, string expected, string head)
    {
        var view = View(text);

        var phrase = SpeakerPhrases.Starting(view, 1);

        Assert.NotNull(phrase);
        Assert.Equal(expected, text[view[phrase.Value.First].Start..view[phrase.Value.End - 1].End]);
        Assert.Equal(head, view.WordText(phrase.Value.Head));
    }

    private static ParagraphView View(string text)
    {
        var article = Article.FromText(text);
        var view = new ParagraphView(article.Text);
        view.Load(article.Paragraphs[0]);
        return view;
    }
}
