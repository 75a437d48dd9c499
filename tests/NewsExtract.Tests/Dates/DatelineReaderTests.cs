using NewsExtract.Dates;
using NewsExtract.Text;

namespace NewsExtract.Tests.Dates;

public sealed class DatelineReaderTests
{
    [Theory]
    [InlineData("LISBON, March 4, 2024 (AP) — The port reopened.", "LISBON, March 4, 2024 (AP) —", "LISBON", "AP", "2024-03-04")]
    [InlineData("OSLO, Norway (Nordwire) — Talks ended.", "OSLO, Norway (Nordwire) —", "OSLO, Norway", "Nordwire", null)]
    [InlineData("SAN JOSE, Feb. 9 (Westwire) -- Chips sold out.", "SAN JOSE, Feb. 9 (Westwire) --", "SAN JOSE", "Westwire", "XXXX-02-09")]
    [InlineData("CAIRO - Crowds gathered.", "CAIRO -", "CAIRO", null, null)]
    public void Reads_place_date_and_agency(string text, string span, string place, string? agency, string? value)
    {
        var dateline = DatelineReader.Find(Article.FromText(text));

        Assert.NotNull(dateline);
        Assert.Equal(span, dateline.Text);
        Assert.Equal(place, dateline.Place);
        Assert.Equal(agency, dateline.Agency);
        Assert.Equal(value, dateline.Value);
        Assert.Equal(value is { Length: 10 } && !value.StartsWith('X') ? DateOnly.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : null, dateline.Date);
    }

    [Fact]
    public void A_dateline_after_a_headline_is_found()
    {
        var dateline = DatelineReader.Find(Article.FromText("Ferry services resume\n\nDUBLIN, May 2, 2023 (Irishwire) — Ferries sailed."));

        Assert.Equal(new DateOnly(2023, 5, 2), dateline?.Date);
    }

    [Theory]
    [InlineData("Chile and Peru on Monday opened a crossing.")]
    [InlineData("Nato - the alliance - met.")]
    [InlineData("A headline\n\nSecond line\n\nLONDON - Third paragraph is too late.")]
    [InlineData("LONDON, Smarch 40, 2024 (AP) - Not a date.")]
    [InlineData("UK unemployment fell: the figures surprised.")]
    public void Ordinary_openings_are_not_datelines(string text)
    {
        var dateline = DatelineReader.Find(Article.FromText(text));

        Assert.Null(dateline);
    }
}
