using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace NewsExtract.Tests.Cli;

public sealed class JsonLinesInputTests
{
    [Fact]
    public void Each_record_gives_one_result_with_its_id_date_and_metadata()
    {
        var input = """
            {"id": "a1", "text": "Talks resumed on Monday.", "reference_date": "2025-06-11", "outlet": "Example", "rank": 3}
            {"id": 7, "html": "<p>The vote is on Friday.</p>"}

            """;

        var outcome = CliRunner.RunWithInput(Encoding.UTF8.GetBytes(input), "parse", "--input-format", "jsonl", "--format", "jsonl", "--only", "dates", "-");

        Assert.Equal(0, outcome.ExitCode);
        var records = Records(outcome.Stdout);
        Assert.Equal(2, records.Count);
        Assert.Equal("a1", records[0].GetProperty("source").GetString());
        Assert.Equal("record", records[0].GetProperty("reference_date_source").GetString());
        Assert.Equal("Example", records[0].GetProperty("metadata").GetProperty("outlet").GetString());
        Assert.Equal("3", records[0].GetProperty("metadata").GetProperty("rank").GetString());
        Assert.Equal("7", records[1].GetProperty("source").GetString());
        Assert.Equal("none", records[1].GetProperty("reference_date_source").GetString());
    }

    [Fact]
    public void Records_give_json_lines_unless_another_format_is_asked_for()
    {
        var input = Encoding.UTF8.GetBytes("{\"id\": \"a\", \"text\": \"Talks resumed on Monday.\"}\n{\"id\": \"b\", \"text\": \"The vote is on Friday.\"}\n");

        var lines = CliRunner.RunWithInput(input, "parse", "--input-format", "jsonl", "--only", "dates", "-").Stdout;
        var array = CliRunner.RunWithInput(input, "parse", "--input-format", "jsonl", "--format", "json", "--only", "dates", "-").Stdout;

        Assert.Equal(["a", "b"], Records(lines).Select(record => record.GetProperty("source").GetString()));
        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(array).RootElement.ValueKind);
    }

    [Theory]
    [InlineData("not json", "-:1", "invalid JSON")]
    [InlineData("[1, 2]", "-:1", "not a JSON object")]
    [InlineData("{\"id\": \"k\", \"body\": \"x\"}", "k", "no \"text\"")]
    [InlineData("{\"id\": \"k\", \"text\": \"x\", \"reference_date\": \"soon\"}", "k", "not a date")]
    [InlineData("{\"id\": \"k\", \"text\": \"Talks ended on Monday \\ud800.\"}", "k", "lone surrogate")]
    [InlineData("{\"id\": \"\\udc00\", \"text\": \"Talks ended.\"}", "-:1", "lone surrogate")]
    public void A_bad_line_gives_a_bad_record_error_and_the_stream_goes_on(string badLine, string source, string message)
    {
        var input = badLine + "\n{\"id\": \"ok\", \"text\": \"Fine.\"}\n";

        var outcome = CliRunner.RunWithInput(Encoding.UTF8.GetBytes(input), "parse", "--input-format", "jsonl", "--format", "jsonl", "-");

        Assert.Equal(1, outcome.ExitCode);
        var records = Records(outcome.Stdout);
        Assert.Equal(source, records[0].GetProperty("source").GetString());
        Assert.Equal("bad_record", records[0].GetProperty("error").GetProperty("code").GetString());
        Assert.Contains(message, records[0].GetProperty("error").GetProperty("message").GetString());
        Assert.Equal("ok", records[1].GetProperty("source").GetString());
        Assert.StartsWith($"newsextract: {source}: ", outcome.Stderr);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    public async Task Each_result_line_is_written_before_the_next_record_arrives(string jobs)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "newsextract.dll");
        var start = new ProcessStartInfo("dotnet", [cli, "parse", "--input-format", "jsonl", "--format", "jsonl", "--jobs", jobs, "-"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        try
        {
            // A co-process that sends a record and waits for its answer deadlocks unless output is per line.
            for (var i = 0; i < 3; i++)
            {
                process.StandardInput.WriteLine($"{{\"id\": \"r{i}\", \"text\": \"Record {i} was filed.\"}}");
                process.StandardInput.Flush();
                // Times out (and fails) when no result line arrives while the input stays open.
                var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
                Assert.Equal($"r{i}", JsonDocument.Parse(line!).RootElement.GetProperty("source").GetString());
            }

            process.StandardInput.Close();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
            Assert.Equal(0, process.ExitCode);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    private static List<JsonElement> Records(string jsonl) =>
        [.. jsonl.TrimEnd('\n').Split('\n').Select(line => JsonDocument.Parse(line).RootElement.Clone())];
}
