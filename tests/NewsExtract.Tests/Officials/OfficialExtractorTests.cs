using NewsExtract.Officials;
using NewsExtract.Text;

namespace NewsExtract.Tests.Officials;

public sealed class OfficialExtractorTests
{
    [Fact]
    public void Persons_are_numbered_in_order_of_first_mention_even_when_a_headline_names_them_first()
    {
        var facts = Extract("Marsh warns on rail\n\nTransport Secretary Edward Hollis met Alan Marsh, the union's general secretary. Mr Hollis said talks would go on.");

        Assert.Equal(["p1", "p2"], facts.Select(f => f.Id));
        Assert.Equal("Alan Marsh", facts[0].Name);
        Assert.Equal(["Marsh", "Alan Marsh"], facts[0].Mentions.Select(m => m.Text));
        Assert.Equal("Edward Hollis", facts[1].Name);
        Assert.Equal(["Edward Hollis", "Mr Hollis"], facts[1].Mentions.Select(m => m.Text));
    }

    [Fact]
    public void A_headline_alone_never_introduces_a_person()
    {
        var facts = Extract("Greenway Rovers sign Tom Oduya\n\nThe club confirmed the deal on Monday.");

        Assert.Empty(facts);
    }

    [Fact]
    public void Repeated_paragraphs_are_not_read_twice()
    {
        const string Caption = "Prime Minister Karen Olsen speaks in Oslo (credit: REUTERS)";
        var facts = Extract($"{Caption}\n{Caption}\nKaren Olsen said the talks went well.");

        var olsen = Assert.Single(facts);
        Assert.Equal(2, olsen.Mentions.Count);
    }

    [Fact]
    public void Mention_spans_cover_the_honorific_and_index_the_text()
    {
        const string Text = "Dr Ruth Okafor spoke first. Dr Okafor then left.";
        var facts = Extract(Text);

        var okafor = Assert.Single(facts);
        Assert.Equal("Ruth Okafor", okafor.Name);
        foreach (var mention in okafor.Mentions)
        {
            Assert.Equal(mention.Text, Text[mention.Span.Start..mention.Span.End]);
        }

        Assert.Equal(["Dr Ruth Okafor", "Dr Okafor"], okafor.Mentions.Select(m => m.Text));
    }

    [Theory]
    [InlineData("Kremlin aide Pavel Orlov said the talks were over.", "official.title-name")]
    [InlineData("Peter Lowell, director of the Small Firms Forum, warned of closures.", "official.apposition")]
    [InlineData("Mr Haskins declined to comment.", "official.honorific")]
    [InlineData("Other guests included Helena Marsh.", "official.given-name")]
    [InlineData("The deal was approved, Kaveh Rostami said.", "official.speech-subject")]
    public void Every_person_carries_the_rule_that_found_it(string text, string rule)
    {
        var person = Assert.Single(Extract(text));

        Assert.Equal(rule, person.Rule);
    }

    [Fact]
    public void Two_persons_with_one_surname_are_told_apart_by_honorific()
    {
        var facts = Extract("Alan Gorringe spoke first. Mrs Gorringe will visit the wards, and Mr Gorringe will chair a meeting.");

        Assert.Equal(2, facts.Count);
        Assert.Equal(["Alan Gorringe", "Mr Gorringe"], facts[0].Mentions.Select(m => m.Text));
        Assert.Equal(["Mrs Gorringe"], facts[1].Mentions.Select(m => m.Text));
    }

    [Fact]
    public void Namesakes_are_told_apart_by_given_name_initial_and_longer_form()
    {
        // The full-name index must offer exactly the persons a scan of every namesake would.
        var facts = Extract(
            "Mayor Ruth Penhale met council leader David Penhale and Judge Ann Marie Penhale.\n\n"
            + "Later D. Penhale said the budget was fixed, Marie Penhale declined to comment and Ruth Penhale left.");

        Assert.Equal(["Ruth Penhale", "David Penhale", "Ann Marie Penhale"], facts.Select(f => f.Name));
        Assert.Equal(["Ruth Penhale", "Ruth Penhale"], facts[0].Mentions.Select(m => m.Text));
        Assert.Equal(["David Penhale", "D. Penhale"], facts[1].Mentions.Select(m => m.Text));
        Assert.Equal(["Judge Ann Marie Penhale", "Marie Penhale"], facts[2].Mentions.Select(m => m.Text));
    }

    [Fact]
    public void Thousands_of_namesakes_each_keep_their_own_mentions()
    {
        var given = Enumerable.Range(0, 3_000).Select(GivenName).ToList();
        var text = string.Concat(given.Select((name, i) => $"On day {i} Councillor {name} Okafor spoke. {name} Okafor said the vote mattered.\n"));

        var facts = Extract(text);

        // A few syllable names are words of the lists ("Dale", "Bali") and join or make no person (as a
        // scan of all namesakes did too); all the others are one person each with its own two mentions.
        Assert.InRange(facts.Count, 2_950, 3_000);
        Assert.InRange(facts.Count(fact => fact.Mentions.Count == 2), 2_900, 3_000);
    }

    // Distinct capitalised given names made of syllables ("Bada", "Kelo"): not in any word list.
    private static string GivenName(int index)
    {
        const string Consonants = "bdfgklmnprstvz";
        const string Vowels = "aeiou";
        var name = new System.Text.StringBuilder();
        for (var n = index + 70; n > 0; n /= Consonants.Length * Vowels.Length)
        {
            name.Append(Consonants[n % Consonants.Length]).Append(Vowels[n / Consonants.Length % Vowels.Length]);
        }

        name[0] = char.ToUpperInvariant(name[0]);
        return name.ToString();
    }

    [Fact]
    public void Extraction_is_linear_enough_for_a_very_long_article()
    {
        // Paragraphs differ by a number: repeated paragraphs would be skipped as duplicates.
        var text = string.Concat(Enumerable.Range(0, 20_000).Select(i =>
            $"On day {i} Finance Minister Ingrid Solberg met Tom Arkwright, BA's chief executive. The chairman said Ms Solberg agreed.\n"));

        var started = System.Diagnostics.Stopwatch.StartNew();
        var facts = Extract(text);

        Assert.Equal(2, facts.Count);
        Assert.Equal(40_000, facts[0].Mentions.Count);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(20), $"took {started.Elapsed}");
    }

    private static IReadOnlyList<OfficialFact> Extract(string text) => OfficialExtractor.Extract(Article.FromText(text));
}
