using System.Text;

namespace NewsExtract.Bench;

/// <summary>An article read from disk: its name, bytes and decoded text.</summary>
internal sealed record SampleArticle(string Name, byte[] Bytes, string Text);

/// <summary>
/// The articles benchmarks run over: the repository's samples/ (found by walking up from the
/// benchmark binary, which BenchmarkDotNet runs from a generated folder under bin/), or the folder
/// named by NEWSEXTRACT_BENCH_DIR. Read at startup so no corpus text is compiled into the project.
/// </summary>
internal static class SampleArticles
{
    public const string DirectoryVariable = "NEWSEXTRACT_BENCH_DIR";

    /// <summary>The seeds' reference date, so relative dates resolve as they do in the golden outputs.</summary>
    public static readonly DateOnly ReferenceDate = new(2025, 6, 9);

    public static IReadOnlyList<SampleArticle> Load()
    {
        var directory = Environment.GetEnvironmentVariable(DirectoryVariable) is { Length: > 0 } chosen ? chosen : FindSamples();
        var articles = Directory.EnumerateFiles(directory, "*.txt", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => File.ReadAllBytes(path) is var bytes
                ? new SampleArticle(Path.GetRelativePath(directory, path), bytes, Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'))
                : null!)
            .ToList();
        if (articles.Count == 0)
        {
            throw new InvalidOperationException($"no *.txt articles under {directory}");
        }

        return articles;
    }

    private static string FindSamples()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NewsExtract.sln")) && Directory.Exists(Path.Combine(directory.FullName, "samples")))
            {
                return Path.Combine(directory.FullName, "samples");
            }
        }

        throw new InvalidOperationException($"samples/ not found above {AppContext.BaseDirectory}; set {DirectoryVariable}");
    }
}
