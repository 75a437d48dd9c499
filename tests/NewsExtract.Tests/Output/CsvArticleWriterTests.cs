using NewsExtract.Output;
using NewsExtract.Quotes;
using NewsExtract.Text;

namespace NewsExtract.Tests.Output;

public sealed class CsvArticleWriterTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+44 20 7946 0000", "\"'+44 20 7946 0000\"")]
    [InlineData("@mention", "\"'@mention\"")]
    [InlineData("-1 for the motion", "\"'-1 for the motion\"")]
    [InlineData("plain words", "plain words")]
    [InlineData("'=x stays apart from a guarded =x", "''=x stays apart from a guarded =x")]
    [InlineData("''-2", "'''-2")]
    [InlineData("'90s", "'90s")]
    public void Cells_that_a_spreadsheet_would_evaluate_are_neutralised(string quoted, string expectedCell)
    {
        var text = $"\"{quoted}\"";
        var article = Article.FromText(text);
        var quote = new QuoteFact(new TextSpan(1, 1 + quoted.Length), quoted, "direct", null, null, null, "test.rule");
        var facts = new ArticleFacts([], [], [], [quote]);
        var writer = new StringWriter();
        using (var csv = new CsvArticleWriter(writer))
        {
            csv.Write(new ArticleResult("a.txt", null, "none", article, facts, null), new OutputOptions());
        }

        Assert.Equal($"a.txt,quote,{expectedCell},1,{1 + quoted.Length},direct,,,,,,,,,test.rule,q1\n", writer.ToString());
    }
}
