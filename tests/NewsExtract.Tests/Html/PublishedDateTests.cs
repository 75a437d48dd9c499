using NewsExtract.Html;

namespace NewsExtract.Tests.Html;

public sealed class PublishedDateTests
{
    [Theory]
    [InlineData("2024-03-14", "2024-03-14")]
    [InlineData("2024-03-14T09:30:00+01:00", "2024-03-14T09:30:00+01:00")]
    [InlineData("2024-03-14T09:30:00.123Z", "2024-03-14T09:30:00Z")]
    [InlineData("2024-03-14 09:30", "2024-03-14T09:30:00")]
    [InlineData("2024-03-14T23:30:00-0500", "2024-03-14T23:30:00-05:00")]
    [InlineData(" 20240314 ", "2024-03-14")]
    [InlineData("Thu, 14 Mar 2024 09:30:00 GMT", "2024-03-14T09:30:00Z")]
    public void Normalises_dates_as_pages_write_them(string raw, string expected)
    {
        Assert.Equal(expected, PublishedDate.Normalise(raw));
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2024-13-40")]
    [InlineData("March 2024")]
    [InlineData("0001-01-01T00:00:00Z")]
    public void Refuses_what_is_not_a_date(string raw)
    {
        Assert.Null(PublishedDate.Normalise(raw));
    }

    [Fact]
    public void The_date_part_is_the_page_s_own_calendar_date()
    {
        Assert.Equal(new DateOnly(2024, 3, 14), PublishedDate.DatePart("2024-03-14T23:30:00-05:00"));
    }
}
