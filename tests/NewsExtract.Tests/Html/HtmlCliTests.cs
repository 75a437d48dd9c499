using System.Text.Json;
using NewsExtract.Tests.Cli;

namespace NewsExtract.Tests.Html;

public sealed class HtmlCliTests
{
    [Fact]
    public void Directories_give_txt_files_by_default_and_gzipped_pages_when_included()
    {
        using var dir = new TempDirectory();
        dir.Write("site/story.html.gz", HtmlProcessingTests.Gzip(HtmlFixtures.Bytes("chrome-heavy.html")));
        dir.Write("site/note.txt", "The ferry ran on Sunday.\n");

        var byDefault = CliRunner.Run("parse", "--format", "jsonl", dir.Path);
        var included = CliRunner.Run("parse", "--format", "jsonl", "--include-text", "--include", "*.html.gz", dir.Path);

        Assert.Single(byDefault.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.EndsWith("note.txt", JsonDocument.Parse(byDefault.Stdout).RootElement.GetProperty("source").GetString(), StringComparison.Ordinal);
        var record = JsonDocument.Parse(included.Stdout).RootElement;
        Assert.Equal(0, included.ExitCode);
        Assert.Equal("Harbour bridge reopens after repairs", record.GetProperty("title").GetString());
        Assert.Equal("2024-03-14", record.GetProperty("reference_date").GetString());
        Assert.Equal("metadata", record.GetProperty("reference_date_source").GetString());
        Assert.StartsWith("The harbour bridge", record.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_gz_file_gives_an_error_record_and_the_batch_goes_on()
    {
        using var dir = new TempDirectory();
        dir.Write("a.html.gz", "<p>not packed</p>");
        dir.Write("b.html.gz", HtmlProcessingTests.Gzip(HtmlFixtures.Bytes("windows-1252.html")));

        var outcome = CliRunner.Run("parse", "--format", "jsonl", "--include", "*.html.gz", dir.Path);

        var records = outcome.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal("invalid_gzip", records[0].GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("Café owners protest", records[1].GetProperty("title").GetString());
        Assert.Contains("a.html.gz: not gzip data", outcome.Stderr, StringComparison.Ordinal);
    }
}
