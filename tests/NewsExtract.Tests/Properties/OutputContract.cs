using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using NewsExtract.Output;

namespace NewsExtract.Tests.Properties;

/// <summary>
/// The promises of docs/output.md that must hold for any input: the JSON parses, every item's text is
/// the code points [start, end) of the article text, no span of one kind appears twice, and the CSV
/// parses back with one row per item.
/// </summary>
internal static class OutputContract
{
    private static readonly OutputOptions Options = new(IncludeText: true);

    /// <summary>Checks one result in JSON and CSV and returns both outputs, for comparing runs.</summary>
    public static (string Json, string Csv) Check(ArticleResult result)
    {
        var json = Write(OutputFormat.Json, result);
        using (var document = JsonDocument.Parse(json))
        {
            var root = document.RootElement;
            if (result.Error is null)
            {
                Cli.OffsetAssert.EveryItemMatchesItsSpan(root);
                NoSpanTwice(root);
            }
            else
            {
                Assert.False(string.IsNullOrEmpty(root.GetProperty("error").GetProperty("code").GetString()));
            }
        }

        var csv = Write(OutputFormat.Csv, result);
        Assert.Equal(JsonItems(json), CsvItems(csv));
        return (json, csv);
    }

    private static string Write(OutputFormat format, ArticleResult result)
    {
        var stream = new MemoryStream();
        using (var writer = ResultWriter.Create(format, stream, Options, asArray: false))
        {
            writer.Begin();
            writer.Write(result);
            writer.End();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void NoSpanTwice(JsonElement article)
    {
        foreach (var list in new[] { "dates", "counts", "quotes" })
        {
            var spans = article.GetProperty(list).EnumerateArray().Select(Span).ToList();
            Assert.True(spans.Count == spans.Distinct().Count(), $"{list} has a span twice: {article.GetProperty(list)}");
        }

        var officials = article.GetProperty("officials").EnumerateArray().ToList();
        var mentions = officials.SelectMany(o => o.GetProperty("mentions").EnumerateArray()).Select(Span).ToList();
        Assert.Equal(mentions.Count, mentions.Distinct().Count());
        var ids = officials.Select(o => o.GetProperty("id").GetString()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    private static (int, int) Span(JsonElement item) => (item.GetProperty("start").GetInt32(), item.GetProperty("end").GetInt32());

    // (kind, text, start, end) of each item in JSON order, which is the CSV's row order; an official
    // is its first mention, an error record its message and code.
    private static List<(string?, string?, string?, string?)> JsonItems(string json)
    {
        var root = JsonDocument.Parse(json).RootElement;
        if (root.TryGetProperty("error", out var error))
        {
            return [("error", error.GetProperty("message").GetString(), error.GetProperty("code").GetString(), null)];
        }

        static (string?, string?, string?, string?) Item(string kind, JsonElement item) =>
            (kind, item.GetProperty("text").GetString(), item.GetProperty("start").GetRawText(), item.GetProperty("end").GetRawText());

        return
        [
            .. root.GetProperty("dates").EnumerateArray().Select(d => Item("date", d)),
            .. root.GetProperty("counts").EnumerateArray().Select(c => Item("count", c)),
            .. root.GetProperty("officials").EnumerateArray().Select(o => Item("official", o.GetProperty("mentions")[0])),
            .. root.GetProperty("quotes").EnumerateArray().Select(q => Item("quote", q)),
        ];
    }

    // The same four cells of each data row, with the header and column count checked and the
    // injection guard (a leading ' before = + - @ tab or CR) taken off as docs/output.md says.
    private static List<(string?, string?, string?, string?)> CsvItems(string csv)
    {
        using var reader = new CsvReader(new StringReader(csv), CultureInfo.InvariantCulture);
        Assert.True(reader.Read());
        reader.ReadHeader();
        Assert.Equal(CsvArticleWriter.Columns, reader.HeaderRecord);
        var items = new List<(string?, string?, string?, string?)>();
        while (reader.Read())
        {
            Assert.Equal(CsvArticleWriter.Columns.Length, reader.Parser.Count);
            var kind = reader.GetField("kind");
            var text = Unguard(reader.GetField("text"));
            items.Add(kind == "error" ? (kind, text, reader.GetField("type"), null) : (kind, text, reader.GetField("start"), reader.GetField("end")));
        }

        return items;
    }

    private static string? Unguard(string? cell) =>
        cell is ['\'', ..] && cell.AsSpan().TrimStart('\'') is ['=' or '+' or '-' or '@' or '\t' or '\r', ..] ? cell[1..] : cell;
}
