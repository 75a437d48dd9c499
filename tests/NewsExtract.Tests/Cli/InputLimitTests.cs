using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace NewsExtract.Tests.Cli;

/// <summary>--max-bytes: every kind of input over the limit is refused with too_large, and never read whole first.</summary>
public sealed class InputLimitTests
{
    private const string Story = "The ferry service resumed on Monday after a two-week strike.\n";

    [Fact]
    public void A_file_over_the_limit_is_refused_from_its_length()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "huge.txt");
        using (var file = File.Create(path))
        {
            // Sparse: a gigabyte of length costs no disk and, if it were read, would fill memory.
            file.SetLength(1L << 30);
        }

        var outcome = CliRunner.Run("parse", "--format", "jsonl", "--max-bytes", "1000", path, dir.Write("ok.txt", Story));

        Assert.Equal(1, outcome.ExitCode);
        var records = Records(outcome.Stdout);
        Assert.Equal("too_large", records[0].GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("1073741824 bytes, larger than --max-bytes (1000 bytes)", records[0].GetProperty("error").GetProperty("message").GetString());
        Assert.False(records[1].TryGetProperty("error", out _));
        Assert.Contains("huge.txt: 1073741824 bytes, larger than --max-bytes (1000 bytes)", outcome.Stderr);
    }

    [Fact]
    public void A_file_of_exactly_the_limit_is_read()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("a.txt", Story);

        var outcome = CliRunner.Run("parse", "--format", "jsonl", "--max-bytes", Encoding.UTF8.GetByteCount(Story).ToString(), path);

        Assert.Equal(0, outcome.ExitCode);
    }

    [Fact]
    public void Standard_input_over_the_limit_is_refused()
    {
        var outcome = CliRunner.RunWithInput(Encoding.UTF8.GetBytes(Story + Story), "parse", "--max-bytes", "100", "-");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal("too_large", JsonDocument.Parse(outcome.Stdout).RootElement.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public void A_gzip_file_that_unpacks_past_the_limit_is_refused()
    {
        using var dir = new TempDirectory();
        var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            for (var i = 0; i < 20_000; i++)
            {
                gzip.Write(Encoding.UTF8.GetBytes(Story));
            }
        }

        var path = dir.Write("page.txt.gz", packed.ToArray());
        Assert.True(packed.Length < 100_000);

        var outcome = CliRunner.Run("parse", "--max-bytes", "100000", path);

        var error = JsonDocument.Parse(outcome.Stdout).RootElement.GetProperty("error");
        Assert.Equal("too_large", error.GetProperty("code").GetString());
        Assert.Equal("unpacks to more than --max-bytes (100000 bytes)", error.GetProperty("message").GetString());
    }

    [Fact]
    public void A_record_over_the_limit_is_refused_and_the_stream_goes_on()
    {
        var input = $"{{\"id\": \"long\", \"text\": \"{new string('a', 5000)}\"}}\r\n{{\"id\": \"short\", \"text\": \"On Monday.\"}}\r\n";

        var outcome = CliRunner.RunWithInput(Encoding.UTF8.GetBytes(input), "parse", "--input-format", "jsonl", "--format", "jsonl", "--max-bytes", "1000", "-");

        Assert.Equal(1, outcome.ExitCode);
        var records = Records(outcome.Stdout);
        Assert.Equal("-:1", records[0].GetProperty("source").GetString());
        Assert.Equal("too_large", records[0].GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("short", records[1].GetProperty("source").GetString());
        Assert.False(records[1].TryGetProperty("error", out _));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("536870913")]
    public void A_limit_outside_its_range_is_a_usage_error(string limit)
    {
        var outcome = CliRunner.Run("parse", "--max-bytes", limit, "-");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("--max-bytes must be between 1 and 536870912", outcome.Stderr);
    }

    private static List<JsonElement> Records(string jsonl) =>
        [.. jsonl.TrimEnd('\n').Split('\n').Select(line => JsonDocument.Parse(line).RootElement.Clone())];
}
