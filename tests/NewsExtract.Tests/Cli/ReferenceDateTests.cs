using System.Text.Json;

namespace NewsExtract.Tests.Cli;

public sealed class ReferenceDateTests
{
    [Theory]
    [InlineData("2025-06-09-kyiv.txt", "2025-06-09")]
    [InlineData("kyiv_2025_06_09.txt", "2025-06-09")]
    [InlineData("APW20250609.1310.txt", "2025-06-09")]
    [InlineData("report-2025-13-09.txt", null)]
    [InlineData("story-12345678.txt", null)]
    [InlineData("2025-06-091.txt", null)]
    [InlineData("plain.txt", null)]
    public void File_names_yield_a_date_only_when_they_hold_a_valid_one(string fileName, string? expected)
    {
        Assert.Equal(expected, NewsExtract.Cli.ReferenceDates.FromFileName(fileName)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Manifest_gives_each_article_its_date_and_passes_other_columns_through()
    {
        using var dir = new TempDirectory();
        dir.Write("a/one.txt", "Ministers met on Monday.\n");
        dir.Write("a/two.txt", "Ministers met on Monday.\n");
        dir.Write("a/three.txt", "Ministers met on Monday.\n");
        var manifest = dir.Write("list.csv", "outlet,path,reference_date\n\"Daily, Example\",a/one.txt,2025-06-11\nEvening Example,a/two.txt,\n");

        var outcome = CliRunner.Run("parse", "--format", "jsonl", "--only", "dates", "--manifest", manifest, Path.Combine(dir.Path, "a"));

        Assert.Equal(0, outcome.ExitCode);
        var records = outcome.Stdout.TrimEnd('\n').Split('\n').Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        var byName = records.ToDictionary(r => Path.GetFileName(r.GetProperty("source").GetString())!);
        Assert.Equal("2025-06-11", byName["one.txt"].GetProperty("reference_date").GetString());
        Assert.Equal("manifest", byName["one.txt"].GetProperty("reference_date_source").GetString());
        Assert.Equal("2025-06-09", byName["one.txt"].GetProperty("dates")[0].GetProperty("value").GetString());
        Assert.Equal("Daily, Example", byName["one.txt"].GetProperty("metadata").GetProperty("outlet").GetString());
        Assert.Equal("none", byName["two.txt"].GetProperty("reference_date_source").GetString());
        Assert.Equal("Evening Example", byName["two.txt"].GetProperty("metadata").GetProperty("outlet").GetString());
        Assert.False(byName["three.txt"].TryGetProperty("metadata", out _));
    }

    [Fact]
    public void Manifest_alone_lists_the_inputs_and_the_option_date_wins_over_it()
    {
        using var dir = new TempDirectory();
        dir.Write("one.txt", "Ministers met on Monday.\n");
        var manifest = dir.Write("list.csv", "path,reference_date\none.txt,2025-06-11\n");

        var record = JsonDocument.Parse(CliRunner.Run("parse", "--manifest", manifest, "--reference-date", "2025-01-01").Stdout).RootElement;

        Assert.Equal("2025-01-01", record.GetProperty("reference_date").GetString());
        Assert.Equal("option", record.GetProperty("reference_date_source").GetString());
    }

    [Fact]
    public void Date_from_filename_is_opt_in()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("2025-06-11-port.txt", "Dockers walked out on Monday.\n");

        var without = JsonDocument.Parse(CliRunner.Run("parse", file).Stdout).RootElement;
        var with = JsonDocument.Parse(CliRunner.Run("parse", "--date-from-filename", file).Stdout).RootElement;

        Assert.Equal("none", without.GetProperty("reference_date_source").GetString());
        Assert.Equal("filename", with.GetProperty("reference_date_source").GetString());
        Assert.Equal("2025-06-11", with.GetProperty("reference_date").GetString());
    }

    [Fact]
    public void A_dated_dateline_is_the_reference_date_unless_another_is_given()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("wire.txt", "PORTO, June 11, 2025 (Iberwire) — Dockers walked out on Monday.\n");

        var fromDateline = JsonDocument.Parse(CliRunner.Run("parse", "--only", "dates", file).Stdout).RootElement;
        var fromOption = JsonDocument.Parse(CliRunner.Run("parse", "--only", "dates", "--reference-date", "2025-01-01", file).Stdout).RootElement;

        Assert.Equal("dateline", fromDateline.GetProperty("reference_date_source").GetString());
        Assert.Equal("2025-06-11", fromDateline.GetProperty("reference_date").GetString());
        Assert.Equal("Iberwire", fromDateline.GetProperty("dateline").GetProperty("agency").GetString());
        Assert.Equal("option", fromOption.GetProperty("reference_date_source").GetString());
        Assert.Equal("PORTO, June 11, 2025 (Iberwire) —", fromOption.GetProperty("dateline").GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("name,when\nx.txt,2025-01-01\n", "no path column")]
    [InlineData("path,reference_date\nx.txt,June 9\n", "line 2: 'June 9' is not a date")]
    [InlineData("", "empty")]
    public void A_bad_manifest_is_a_usage_error_naming_the_problem(string content, string message)
    {
        using var dir = new TempDirectory();
        var manifest = dir.Write("list.csv", content);

        var outcome = CliRunner.Run("parse", "--manifest", manifest);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(message, outcome.Stderr);
        Assert.Equal(string.Empty, outcome.Stdout);
    }
}
