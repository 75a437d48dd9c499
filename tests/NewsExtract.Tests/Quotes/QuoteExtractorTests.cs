using NewsExtract.Officials;
using NewsExtract.Quotes;
using NewsExtract.Text;

namespace NewsExtract.Tests.Quotes;

/// <summary>The extractor on its own, with the people given by hand rather than by the officials extractor.</summary>
public sealed class QuoteExtractorTests
{
    [Fact]
    public void A_speaker_phrase_covering_a_mention_takes_the_officials_name_and_id()
    {
        const string text = "Foreign Minister Ilse Marten said: \"The embassy will reopen in May.\"";
        var officials = new[] { Official("p1", "Ilse Marten", text, "Ilse Marten") };

        var quote = Assert.Single(QuoteExtractor.Extract(Article.FromText(text), officials));

        Assert.Equal("The embassy will reopen in May.", quote.Text);
        Assert.Equal(("Ilse Marten", "p1", "said", "quote.direct.colon"), (quote.Speaker, quote.SpeakerId, quote.Cue, quote.Rule));
    }

    [Fact]
    public void A_surname_alone_links_to_the_official_of_that_surname()
    {
        const string text = "Ilse Marten arrived in Oslo.\n\n\"We are ready to talk,\" Marten told reporters.";
        var officials = new[] { Official("p1", "Ilse Marten", text, "Ilse Marten") };

        var quote = Assert.Single(QuoteExtractor.Extract(Article.FromText(text), officials));

        Assert.Equal(("Ilse Marten", "p1", "told"), (quote.Speaker, quote.SpeakerId, quote.Cue));
    }

    [Fact]
    public void An_organisation_keeps_its_own_words_and_has_no_id()
    {
        const string text = "\"The claims are false and we reject them,\" Chile's Defence Ministry said.";

        var quote = Assert.Single(QuoteExtractor.Extract(Article.FromText(text), []));

        Assert.Equal("Chile's Defence Ministry", quote.Speaker);
        Assert.Null(quote.SpeakerId);
    }

    [Fact]
    public void A_quotation_paragraph_with_no_attribution_continues_the_last_speaker()
    {
        const string text = "\"We lost the first game,\" said coach Ilse Marten.\n\nThe team flies home on Sunday.\n\n\"We will be back next season and we will be stronger.\"";
        var officials = new[] { Official("p1", "Ilse Marten", text, "Ilse Marten") };

        var quotes = QuoteExtractor.Extract(Article.FromText(text), officials);

        Assert.Equal(2, quotes.Count);
        Assert.Equal(("p1", (string?)null, "quote.direct.continuation"), (quotes[1].SpeakerId, quotes[1].Cue, quotes[1].Rule));
    }

    [Fact]
    public void A_repeated_caption_yields_nothing_the_second_time()
    {
        const string line = "\"The water came in within minutes,\" resident Ana Ruiz said.";
        var article = Article.FromText(line + "\n" + line);

        var quote = Assert.Single(QuoteExtractor.Extract(article, []));

        Assert.True(quote.Span.End <= article.Paragraphs[0].Span.End);
    }

    [Fact]
    public void Reported_speech_is_the_clause_after_the_cue()
    {
        const string text = "Police Chief Dana Whitfield said on Monday that three suspects had been arrested.";

        var quote = Assert.Single(QuoteExtractor.Extract(Article.FromText(text), []));

        Assert.Equal(("indirect", "three suspects had been arrested", "said"), (quote.Type, quote.Text, quote.Cue));
    }

    [Fact]
    public void Offsets_index_the_text_between_the_marks()
    {
        const string text = "“Tonight’s vote has been delayed,” the envoy said.";

        var quote = Assert.Single(QuoteExtractor.Extract(Article.FromText(text), []));

        Assert.Equal("Tonight’s vote has been delayed,", text[quote.Span.Start..quote.Span.End]);
    }

    private static OfficialFact Official(string id, string name, string text, params string[] mentions)
    {
        var list = new List<Mention>();
        var from = 0;
        foreach (var mention in mentions)
        {
            var at = text.IndexOf(mention, from, StringComparison.Ordinal);
            list.Add(new Mention(new TextSpan(at, at + mention.Length), mention));
            from = at + mention.Length;
        }

        return new OfficialFact(id, name, null, null, list, "test");
    }
}
