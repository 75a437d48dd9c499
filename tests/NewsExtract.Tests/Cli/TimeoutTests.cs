using System.Text;
using System.Text.Json;
using NewsExtract.Cli;

namespace NewsExtract.Tests.Cli;

[Collection(TimingSensitive.Name)]
public sealed class TimeoutTests
{
    private const string Story = "The ferry left Dunmore on Tuesday with 212 passengers, Captain Ines Moll said.\n";

    // A budget far under the large story's work (about 4 MB of prose: over a second even in the
    // native build) and far over the small story's (milliseconds, once the one-time costs are paid).
    // The class runs alone (TimingSensitive): the budget's timer needs a free thread-pool thread.
    private const string Budget = "0.25";

    private static string LargeStory() =>
        string.Concat(Enumerable.Range(0, 27000).Select(i =>
            $"On Monday, June {i % 28 + 1}, at least {i + 1} volunteers cleared the road, Mayor Petra Lind said. \u201cWe will finish by Friday,\u201d she told reporters.\n\n"));

    [Fact]
    public void An_input_over_the_budget_gets_a_timeout_record_and_the_next_input_is_processed()
    {
        using var dir = new TempDirectory();
        dir.Write("a-large.txt", LargeStory());
        dir.Write("b-small.txt", Story);
        // The one-time costs (rule tables, JIT) are paid here, not inside the small input's budget.
        CliRunner.Run("parse", dir.Path + "/b-small.txt");

        var outcome = CliRunner.Run("parse", "--format", "jsonl", "--jobs", "1", "--timeout", Budget, dir.Path);

        Assert.Equal(1, outcome.ExitCode);
        var records = outcome.Stdout.TrimEnd('\n').Split('\n').Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(2, records.Count);
        var error = records[0].GetProperty("error");
        Assert.Equal("timeout", error.GetProperty("code").GetString());
        Assert.EndsWith("a-large.txt", records[0].GetProperty("source").GetString());
        Assert.Equal(212, records[1].GetProperty("counts")[0].GetProperty("value").GetInt32());
        Assert.Matches(@"^newsextract: .*a-large\.txt: took longer than --timeout \(0\.25 s\)", outcome.Stderr);
    }

    [Fact]
    public void A_jsonl_record_over_the_budget_gets_a_timeout_record_and_the_stream_goes_on()
    {
        CliRunner.Run("parse", "--input-format", "jsonl", "-");
        var large = JsonSerializer.Serialize(new { id = "large", text = LargeStory() });
        var small = JsonSerializer.Serialize(new { id = "small", text = Story });

        var outcome = CliRunner.RunWithInput(Encoding.UTF8.GetBytes(large + "\n" + small + "\n"), "parse", "--input-format", "jsonl", "--format", "jsonl", "--jobs", "1", "--timeout", Budget, "-");

        Assert.Equal(1, outcome.ExitCode);
        var records = outcome.Stdout.TrimEnd('\n').Split('\n').Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal("timeout", records[0].GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("small", records[1].GetProperty("source").GetString());
        Assert.False(records[1].TryGetProperty("error", out _));
    }

    [Fact]
    public void A_pattern_past_its_match_limit_is_a_timeout_not_an_internal_error()
    {
        var result = TimeBudget.Run("long.txt", 0, _ =>
            throw new System.Text.RegularExpressions.RegexMatchTimeoutException("text", "pattern", TimeSpan.FromSeconds(2)));

        Assert.Equal("timeout", result.Error?.Code);
        Assert.Contains("its 2 s limit", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Any_other_exception_is_an_internal_error_record()
    {
        var result = TimeBudget.Run("odd.txt", 30, _ => throw new InvalidOperationException("broken"));

        Assert.Equal("internal", result.Error?.Code);
        Assert.Contains("InvalidOperationException: broken", result.Error!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("soon")]
    [InlineData("NaN")]
    [InlineData("1e9")]
    public void A_bad_timeout_is_a_usage_error(string value)
    {
        var outcome = CliRunner.Run("parse", "--timeout", value, "-");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains($"--timeout: '{value}' is not a number of seconds", outcome.Stderr);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("abc")]
    [InlineData("-2")]
    public void A_bad_job_count_is_a_usage_error_not_a_crash(string value)
    {
        var outcome = CliRunner.Run("parse", "--jobs", value, "-");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains($"--jobs: '{value}' is not a whole number of at least 1", outcome.Stderr);
    }

    [Fact]
    public void Timeout_zero_means_no_limit()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("a.txt", Story);

        var outcome = CliRunner.Run("parse", "--timeout", "0", path);

        Assert.Equal(0, outcome.ExitCode);
    }
}
