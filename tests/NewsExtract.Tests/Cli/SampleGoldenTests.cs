namespace NewsExtract.Tests.Cli;

/// <summary>
/// Runs the real command on every sample article and compares its output byte for byte with the
/// expected files in samples/expected. After an intended change, regenerate them with
/// <c>NEWSEXTRACT_UPDATE_GOLDEN=1 dotnet test</c> and review the diff.
/// </summary>
public sealed class SampleGoldenTests
{
    public static TheoryData<string, string> Samples()
    {
        var data = new TheoryData<string, string>();
        foreach (var sample in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples"), "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(sample), "json");
            data.Add(Path.GetFileName(sample), "csv");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_output_matches_the_expected_file(string sample, string format)
    {
        var outcome = CliRunner.Shell(
            $"newsextract parse --reference-date 2025-06-09 --format {format} samples/{sample}", AppContext.BaseDirectory);
        Assert.Equal(string.Empty, outcome.Stderr);
        Assert.Equal(0, outcome.ExitCode);

        var expectedName = Path.ChangeExtension(sample, format);
        if (Repository.UpdatingGolden)
        {
            File.WriteAllText(Path.Combine(Repository.Root(), "samples", "expected", expectedName), outcome.Stdout);
            return;
        }

        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "expected", expectedName));
        Assert.Equal(expected, outcome.Stdout);
    }

    [Fact]
    public void A_closed_pipe_ends_the_run_quietly()
    {
        using var dir = new TempDirectory();
        var article = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "000_769fcb04a3b503ce.txt"));
        for (var i = 0; i < 300; i++)
        {
            dir.Write($"copy{i:D3}.txt", article);
        }

        // Far more output than a pipe buffer holds, so newsextract is still writing when head exits.
        var outcome = CliRunner.Shell(
            $"newsextract parse --format jsonl --include-text '{dir.Path}' | head -1; exit ${{PIPESTATUS[0]}}", AppContext.BaseDirectory);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(string.Empty, outcome.Stderr);
        Assert.Single(outcome.Stdout.TrimEnd('\n').Split('\n'));
    }
}
