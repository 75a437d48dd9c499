using System.Text;
using System.Text.Json;
using NewsExtract.Counts;
using NewsExtract.Output;
using NewsExtract.Text;

namespace NewsExtract.Tests.Output;

public sealed class JsonArticleWriterTests
{
    [Fact]
    public void Numbers_are_json_numbers_and_control_characters_are_escaped()
    {
        var text = "1,200 people\u0001 and 2.5 tonnes";
        var article = Article.FromText(text);
        var facts = new ArticleFacts(
            [],
            [
                new CountFact(new TextSpan(0, 12), "1,200 people", 1200, null, "people", "count", "count.test"),
                new CountFact(new TextSpan(18, 28), "2.5 tonnes", 2.5, null, "tonnes", "measure", "count.test"),
            ],
            [],
            []);

        var json = Write(new ArticleResult("a.txt", new DateOnly(2025, 6, 9), "option", article, facts, null), new OutputOptions(IncludeText: true));

        Assert.Contains("\"value\":1200,", json);
        Assert.Contains("\"value\":2.5,", json);
        Assert.Contains("\\u0001", json);
        Assert.Contains("\"reference_date\":\"2025-06-09\"", json);
        using var document = JsonDocument.Parse(json);
        Assert.Equal(text, document.RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public void Error_records_carry_only_schema_source_and_error()
    {
        var json = Write(ArticleResult.Failed("x.txt", new InputError("binary", "binary file")), new OutputOptions());

        Assert.Equal("{\"schema\":1,\"source\":\"x.txt\",\"error\":{\"code\":\"binary\",\"message\":\"binary file\"}}", json);
    }

    [Fact]
    public void Non_ascii_text_is_written_as_is_not_escaped()
    {
        var article = Article.FromText("Brankovič’s “visit”");
        var json = Write(new ArticleResult("a.txt", null, "none", article, new ArticleFacts([], [], [], []), null), new OutputOptions(IncludeText: true));

        Assert.Contains("Brankovič’s “visit”", json);
    }

    private static string Write(ArticleResult result, OutputOptions options)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonArticleWriter.WriterOptions(indented: false)))
        {
            JsonArticleWriter.Write(writer, result, options);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
