using System.Text.Json;
using NewsExtract.Evaluation;

namespace NewsExtract.Tests.Evaluation;

public sealed class PredictionFileTests
{
    [Fact]
    public void One_object_is_one_article()
    {
        var (articles, problems) = PredictionFile.Parse("{\n  \"source\": \"a.txt\",\n  \"dates\": []\n}\n");

        Assert.Equal(["a.txt"], Sources(articles));
        Assert.Empty(problems);
    }

    [Fact]
    public void An_array_is_its_articles()
    {
        var (articles, _) = PredictionFile.Parse("[{\"source\": \"a.txt\"}, {\"source\": \"b.txt\"}]");

        Assert.Equal(["a.txt", "b.txt"], Sources(articles));
    }

    [Fact]
    public void Json_lines_skip_blank_lines_and_report_bad_ones_by_number()
    {
        var (articles, problems) = PredictionFile.Parse("\uFEFF{\"source\": \"a.txt\"}\r\n\r\n{\"source\": \r\n{\"source\": \"c.txt\"}\n");

        Assert.Equal(["a.txt", "c.txt"], Sources(articles));
        Assert.StartsWith("line 3: ", Assert.Single(problems));
    }

    [Fact]
    public void Only_newline_ends_a_json_line()
    {
        var (articles, problems) = PredictionFile.Parse("{\"source\": \"a\u2028b.txt\"}\n{\"source\": \"c.txt\"}\n");

        Assert.Equal(["a\u2028b.txt", "c.txt"], Sources(articles));
        Assert.Empty(problems);
    }

    [Fact]
    public void Items_that_are_not_objects_are_reported()
    {
        var (articles, problems) = PredictionFile.Parse("[{\"source\": \"a.txt\"}, 3]");

        Assert.Single(articles);
        Assert.Equal("article 2 is a JSON number, not an object", Assert.Single(problems));
    }

    [Fact]
    public void Empty_text_has_no_articles()
    {
        var (articles, problems) = PredictionFile.Parse(" \n ");

        Assert.Empty(articles);
        Assert.Empty(problems);
    }

    private static List<string?> Sources(IReadOnlyList<JsonElement> articles) =>
        articles.Select(a => a.GetProperty("source").GetString()).ToList();
}
