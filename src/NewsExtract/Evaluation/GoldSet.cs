using System.Text.Json;

namespace NewsExtract.Evaluation;

/// <summary>The *.gold.json files of a directory, in the sorted order score.py reads them.</summary>
public static class GoldSet
{
    public const string Suffix = ".gold.json";

    public static (IReadOnlyList<GoldArticle> Articles, IReadOnlyList<FileProblem> Problems) Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return ([], [new FileProblem(directory, "no such directory")]);
        }

        var articles = new List<GoldArticle>();
        var problems = new List<FileProblem>();
        var files = Directory.EnumerateFiles(directory)
            .Where(f => Path.GetFileName(f).EndsWith(Suffix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            try
            {
                articles.Add(GoldArticle.Load(file));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
            {
                problems.Add(new FileProblem(file, e.Message));
            }
        }

        return (articles, problems);
    }
}
