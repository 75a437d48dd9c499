using System.Text;
using System.Text.Json;
using CsCheck;
using NewsExtract.Tests.Cli;

namespace NewsExtract.Tests.Properties;

/// <summary>
/// The streaming input with hostile records: generated articles whose JSON carries escapes of lone
/// surrogates, control characters and stray quotes. Every line gives exactly one record, in order.
/// </summary>
public sealed class JsonLinesProperties
{
    private static readonly string[] Escapes = ["\\ud800", "\\udfff", "\\ud83d\\ud83d", "\\u0000", "\\u001b", "\\ufeff", "\\\"", "\\r", "\\\\", "\\/"];

    [Fact]
    public void Every_line_gives_one_record_in_order_whatever_its_escapes()
    {
        var line = Gen.Select(ArticleGen.Article(), Gen.Select(Gen.Double[0, 1], Gen.OneOf(Escapes)).Array[0, 4])
            .Select((text, escapes) =>
            {
                var json = JsonSerializer.Serialize(text);
                foreach (var (at, escape) in escapes)
                {
                    // Splice only between escapes: never inside "\uXXXX" or after a lone backslash.
                    var index = 1 + (int)(at * (json.Length - 2));
                    while (index > 1 && json[index - 1] == '\\' || SplitsEscape(json, index))
                    {
                        index--;
                    }

                    json = json.Insert(index, escape);
                }

                return json;
            });

        line.Array[1, 5].Sample(texts =>
        {
            var input = string.Concat(texts.Select((text, i) => $"{{\"id\": \"r{i}\", \"text\": {text}, \"reference_date\": \"2025-06-09\"}}\n"));

            var outcome = CliRunner.RunWithInput(Encoding.UTF8.GetBytes(input), "parse", "--input-format", "jsonl", "--format", "jsonl", "--include-text", "--jobs", "1", "-");

            Assert.InRange(outcome.ExitCode, 0, 1);
            var records = outcome.Stdout.TrimEnd('\n').Split('\n').Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Equal(texts.Length, records.Count);
            for (var i = 0; i < records.Count; i++)
            {
                Assert.Equal($"r{i}", records[i].GetProperty("source").GetString());
                if (records[i].TryGetProperty("error", out var error))
                {
                    // A "\u0000" escape in the text is a NUL byte once decoded: not text.
                    Assert.Contains(error.GetProperty("code").GetString(), new[] { "bad_record", "empty", "binary" });
                }
                else
                {
                    OffsetAssert.EveryItemMatchesItsSpan(records[i]);
                }
            }
        }, iter: 40, print: texts => string.Join("\n", texts));
    }

    // Whether index falls inside a "\uXXXX" escape (after its backslash).
    private static bool SplitsEscape(string json, int index)
    {
        for (var back = 1; back <= 5 && index - back >= 0; back++)
        {
            if (json[index - back] == '\\' && index - back + 1 < json.Length && json[index - back + 1] == 'u')
            {
                return true;
            }
        }

        return false;
    }
}
