using System.Text;
using System.Text.Json;

namespace NewsExtract.Tests.Cli;

public sealed class ParseCommandTests
{
    private const string Story = "The mayor of Eastbrook said on Monday that 40 families had been moved.\n";

    [Fact]
    public void Missing_file_gets_an_error_record_in_its_place_and_the_rest_is_processed()
    {
        using var dir = new TempDirectory();
        var good = dir.Write("a.txt", Story);
        var missing = Path.Combine(dir.Path, "b.txt");

        var outcome = CliRunner.Run("parse", "--format", "jsonl", good, missing);

        Assert.Equal(1, outcome.ExitCode);
        var lines = outcome.Stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.False(Json(lines[0]).TryGetProperty("error", out _));
        var error = Json(lines[1]).GetProperty("error");
        Assert.Equal("not_found", error.GetProperty("code").GetString());
        Assert.Equal($"newsextract: {missing}: no such file or directory\n", outcome.Stderr);
    }

    [Theory]
    [InlineData(new byte[] { 0x54, 0x68, 0x65, 0x00, 0x01, 0x02 }, "binary")]
    [InlineData(new byte[] { }, "empty")]
    [InlineData(new byte[] { 0x20, 0x0A, 0x0A, 0x09 }, "empty")]
    [InlineData(new byte[] { 0x43, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x70, 0x65, 0x6E, 0x73 }, "invalid_encoding")]
    public void Bad_input_gets_a_coded_error_record_one_stderr_line_and_exit_1(byte[] content, string code)
    {
        using var dir = new TempDirectory();
        var bad = dir.Write("bad.txt", content);
        dir.Write("good.txt", Story);

        var outcome = CliRunner.Run("parse", "--format", "jsonl", dir.Path);

        Assert.Equal(1, outcome.ExitCode);
        var records = outcome.Stdout.TrimEnd('\n').Split('\n').Select(Json).ToList();
        Assert.Equal(2, records.Count);
        Assert.Equal(code, records[0].GetProperty("error").GetProperty("code").GetString());
        Assert.True(records[1].TryGetProperty("dates", out _));
        var stderr = outcome.Stderr.TrimEnd('\n').Split('\n');
        Assert.Single(stderr);
        Assert.StartsWith($"newsextract: {bad.Replace('\\', '/')}: ", stderr[0]);
    }

    [Fact]
    public void Utf16_with_bom_and_crlf_text_are_read_and_offsets_index_the_decoded_text()
    {
        using var dir = new TempDirectory();
        var text = "Talks resumed on Monday in Geneva.\r\n\r\n\"We are close,\" said Anna Berg, the envoy.\r\n";
        var utf16 = dir.Write("utf16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);
        var crlf = dir.Write("crlf.txt", text);

        foreach (var path in new[] { utf16, crlf })
        {
            var outcome = CliRunner.Run("parse", "--include-text", "--reference-date", "2025-06-11", path);

            Assert.Equal(0, outcome.ExitCode);
            Assert.Equal(string.Empty, outcome.Stderr);
            var article = Json(outcome.Stdout);
            Assert.Equal(text, article.GetProperty("text").GetString());
            Assert.Equal("2025-06-09", article.GetProperty("dates")[0].GetProperty("value").GetString());
            OffsetAssert.EveryItemMatchesItsSpan(article);
        }
    }

    [Fact]
    public void Offsets_count_code_points_so_astral_characters_before_a_fact_do_not_shift_it()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("emoji.txt", "🎉🎉 Officials met on Monday.\n");

        var outcome = CliRunner.Run("parse", "--include-text", "--reference-date", "2025-06-11", path);

        var article = Json(outcome.Stdout);
        var date = article.GetProperty("dates")[0];
        Assert.Equal(20, date.GetProperty("start").GetInt32());
        OffsetAssert.EveryItemMatchesItsSpan(article);
    }

    [Fact]
    public void Unreadable_directory_becomes_an_error_record_and_the_walk_goes_on()
    {
        using var dir = new TempDirectory();
        dir.Write("open/a.txt", Story);
        dir.Write("locked/b.txt", Story);
        var finder = new NewsExtract.Cli.InputFinder([], [], directory =>
            directory.Name == "locked" ? throw new UnauthorizedAccessException("denied") : directory.EnumerateFileSystemInfos());

        var items = finder.Find([dir.Path]);

        Assert.Equal(2, items.Count);
        Assert.Equal("unreadable", items[0].Error?.Code);
        Assert.EndsWith("/locked", items[0].Source);
        Assert.Contains("permission denied", items[0].Error!.Message);
        Assert.Null(items[1].Error);
        Assert.EndsWith("/open/a.txt", items[1].Source);
    }

    [Theory]
    [InlineData("parse", "--reference-date", "2025-13-40", "x.txt")]
    [InlineData("parse", "--only", "weather", "x.txt")]
    [InlineData("parse", "--format", "xml", "x.txt")]
    [InlineData("parse", "--jobs", "0", "x.txt")]
    [InlineData("parse", "--no-such-option", "x.txt")]
    [InlineData("parse")]
    [InlineData("frobnicate")]
    [InlineData]
    public void Usage_errors_exit_2_with_a_message_on_stderr_and_nothing_on_stdout(params string[] args)
    {
        var outcome = CliRunner.Run(args);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal(string.Empty, outcome.Stdout);
        Assert.StartsWith("newsextract: ", outcome.Stderr);
    }

    [Fact]
    public void Output_is_byte_identical_across_runs_and_job_counts()
    {
        using var dir = new TempDirectory();
        for (var i = 0; i < 12; i++)
        {
            dir.Write($"d{i % 3}/article{i:D2}.txt", $"Article {i}: the council met on Friday and {i + 2} members voted.\n");
        }

        dir.Write("d1/broken.txt", new byte[] { 0xFF, 0xFE, 0x00 });
        var runs = new[] { "1", "2", "4", "1" }
            .Select(jobs => CliRunner.Run("parse", "--format", "jsonl", "--jobs", jobs, "--reference-date", "2025-06-09", dir.Path))
            .ToList();

        Assert.All(runs, run => Assert.Equal(runs[0].Stdout, run.Stdout));
        var sources = runs[0].Stdout.TrimEnd('\n').Split('\n').Select(line => Json(line).GetProperty("source").GetString()!).ToList();
        Assert.Equal(sources.Order(StringComparer.Ordinal), sources);
        Assert.Equal(13, sources.Count);
    }

    [Fact]
    public void Json_is_one_object_for_one_file_and_an_array_for_a_directory()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("one.txt", Story);

        Assert.Equal(JsonValueKind.Object, Json(CliRunner.Run("parse", file).Stdout).ValueKind);
        var array = Json(CliRunner.Run("parse", dir.Path).Stdout);
        Assert.Equal(JsonValueKind.Array, array.ValueKind);
        Assert.Equal(1, array.GetArrayLength());
    }

    [Fact]
    public void Standard_input_is_read_for_a_dash()
    {
        var outcome = CliRunner.RunWithInput(Encoding.UTF8.GetBytes(Story), "parse", "--include-text", "-");

        Assert.Equal(0, outcome.ExitCode);
        var article = Json(outcome.Stdout);
        Assert.Equal("-", article.GetProperty("source").GetString());
        Assert.Equal(Story, article.GetProperty("text").GetString());
    }

    [Fact]
    public void Include_and_exclude_globs_select_files_from_directories()
    {
        using var dir = new TempDirectory();
        dir.Write("keep/a.txt", Story);
        dir.Write("keep/b.md", Story);
        dir.Write("drafts/c.txt", Story);

        var outcome = CliRunner.Run("parse", "--format", "jsonl", "--include", "*.txt", "--include", "*.md", "--exclude", "drafts/*", dir.Path);

        var sources = outcome.Stdout.TrimEnd('\n').Split('\n').Select(line => Path.GetFileName(Json(line).GetProperty("source").GetString())).ToList();
        Assert.Equal(["a.txt", "b.md"], sources);
    }

    [Fact]
    public void Inputs_over_max_bytes_are_refused_with_an_error_record()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("big.txt", Story);

        var outcome = CliRunner.Run("parse", "--max-bytes", "10", path);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal("too_large", Json(outcome.Stdout).GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public void Output_option_writes_the_file_and_nothing_to_stdout()
    {
        using var dir = new TempDirectory();
        var input = dir.Write("a.txt", Story);
        var output = Path.Combine(dir.Path, "out.jsonl");

        var outcome = CliRunner.Run("parse", "--format", "jsonl", "-o", output, input);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(string.Empty, outcome.Stdout);
        Assert.EndsWith("/a.txt", Json(File.ReadAllText(output)).GetProperty("source").GetString());
    }

    [Fact]
    public void Output_refuses_to_write_through_a_symbolic_link_without_force()
    {
        using var dir = new TempDirectory();
        var input = dir.Write("a.txt", Story);
        var precious = dir.Write("precious.txt", "keep me");
        var link = Path.Combine(dir.Path, "out.json");
        File.CreateSymbolicLink(link, precious);

        var refused = CliRunner.Run("parse", "-o", link, input);

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("symbolic link", refused.Stderr);
        Assert.Equal("keep me", File.ReadAllText(precious));

        var forced = CliRunner.Run("parse", "--force", "-o", link, input);

        Assert.Equal(0, forced.ExitCode);
        Assert.StartsWith("{", File.ReadAllText(precious));
    }

    [Fact]
    public void Csv_has_the_contract_header_and_an_error_row_for_a_failed_input()
    {
        using var dir = new TempDirectory();
        var missing = Path.Combine(dir.Path, "gone.txt");

        var outcome = CliRunner.Run("parse", "--format", "csv", missing);

        var lines = outcome.Stdout.TrimEnd('\n').Split('\n');
        Assert.Equal("source,kind,text,start,end,type,value,qualifier,unit,name,title,affiliation,speaker,cue,rule,id", lines[0]);
        Assert.Equal($"{missing},error,no such file or directory,,,not_found,,,,,,,,,,", lines[1]);
    }

    [Fact]
    public void Only_limits_the_lists_written()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("a.txt", Story);

        var article = Json(CliRunner.Run("parse", "--only", "dates,quotes", file).Stdout);

        Assert.True(article.TryGetProperty("dates", out _));
        Assert.True(article.TryGetProperty("quotes", out _));
        Assert.False(article.TryGetProperty("counts", out _));
        Assert.False(article.TryGetProperty("officials", out _));
    }

    [Fact]
    public void Without_reference_date_relative_dates_stay_underspecified()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("a.txt", "The treaty was signed on June 7 after talks on Monday.\n");

        var article = Json(CliRunner.Run("parse", "--only", "dates", file).Stdout);

        Assert.Equal(JsonValueKind.Null, article.GetProperty("reference_date").ValueKind);
        Assert.Equal("none", article.GetProperty("reference_date_source").GetString());
        var values = article.GetProperty("dates").EnumerateArray().Select(d => d.GetProperty("value").GetString()).ToList();
        Assert.Contains("XXXX-06-07", values);
        Assert.Contains(values, v => v!.StartsWith("XXXX-WXX-", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true, false, true)]
    [InlineData(true, true, false)]
    [InlineData(false, false, false)]
    public void Progress_is_drawn_only_on_a_terminal_and_not_with_quiet(bool terminal, bool quiet, bool expected)
    {
        using var dir = new TempDirectory();
        dir.Write("a.txt", Story);
        dir.Write("b.txt", Story);
        var stderr = new StringWriter();
        var console = new NewsExtract.Cli.CliConsole(new MemoryStream(), stderr, new MemoryStream(), new StringWriter(), terminal);
        string[] args = quiet ? ["parse", "--quiet", dir.Path] : ["parse", dir.Path];

        var code = NewsExtract.Cli.CliApp.Run(args, console);

        Assert.Equal(0, code);
        Assert.Equal(expected, stderr.ToString().Contains("2/2 files", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false, false, 1)] // a batch into a pipe: one write at the end
    [InlineData(true, false, 3)] // a terminal: every article at once
    [InlineData(false, true, 3)] // a record stream on stdin: every record at once
    public void Results_are_written_one_by_one_only_where_someone_waits_for_each(bool terminal, bool recordStream, int writes)
    {
        using var dir = new TempDirectory();
        foreach (var name in new[] { "a.txt", "b.txt", "c.txt" })
        {
            dir.Write(name, Story);
        }

        var records = string.Join("\n", new[] { "a", "b", "c" }.Select(id => JsonSerializer.Serialize(new { id, text = Story })));
        var stdout = new WriteCountingStream();
        var console = new NewsExtract.Cli.CliConsole(stdout, new StringWriter(), new MemoryStream(Encoding.UTF8.GetBytes(records)), new StringWriter(), OutIsTerminal: terminal);
        string[] args = recordStream ? ["parse", "--input-format", "jsonl", "-"] : ["parse", "--format", "jsonl", "--jobs", "1", dir.Path];

        var code = NewsExtract.Cli.CliApp.Run(args, console);

        Assert.Equal(0, code);
        Assert.Equal(3, Encoding.UTF8.GetString(stdout.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(writes, stdout.Writes);
    }

    private sealed class WriteCountingStream : MemoryStream
    {
        public int Writes { get; private set; }

        public override void Write(byte[] buffer, int offset, int count)
        {
            Writes++;
            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Writes++;
            base.Write(buffer);
        }
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();
}
