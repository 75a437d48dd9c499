using System.Text.RegularExpressions;

namespace NewsExtract.Tests.Cli;

/// <summary>The examples in the README are the ones `parse --help` prints, and each of them runs.</summary>
public sealed class ReadmeExamplesTests
{
    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var example in ReadmeExamples())
        {
            data.Add(example);
        }

        return data;
    }

    [Fact]
    public void Readme_examples_are_the_help_examples()
    {
        var help = NewsExtract.Cli.ParseCommand.Examples.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        Assert.Equal(help, ReadmeExamples());
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Readme_example_runs_cleanly(string example)
    {
        using var dir = new TempDirectory();
        var article = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "000_769fcb04a3b503ce.txt"));
        dir.Write("article.txt", article);
        dir.Write("samples/one.txt", article);
        dir.Write("corpus/a.txt", article);
        dir.Write("corpus/b/c.txt", "The board met on Friday and approved 12 new posts.\n");
        dir.Write("site/news/story.html", "<html><head><title>Story</title></head><body><nav>Home | World</nav><article><p>The board met on Friday and approved 12 new posts.</p></article></body></html>");
        dir.Write("articles.csv", "path,reference_date,outlet\narticle.txt,2025-06-09,Daily Example\ncorpus/b/c.txt,,Evening Example\n");
        dir.Write("site/drafts/draft.html", "<html><body><p>Not ready.</p></body></html>");

        var outcome = CliRunner.Shell(example, dir.Path);

        Assert.Equal(string.Empty, outcome.Stderr);
        Assert.Equal(0, outcome.ExitCode);
    }

    private static List<string> ReadmeExamples()
    {
        var readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "README.md"));
        var block = Regex.Match(readme, "Examples:\\s*```sh\\n(?<body>.*?)```", RegexOptions.Singleline, TimeSpan.FromSeconds(1));
        Assert.True(block.Success, "README has no 'Examples:' sh block");
        return [.. block.Groups["body"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
    }
}
