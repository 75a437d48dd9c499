using System.Text.Json;

namespace NewsExtract.Evaluation;

/// <summary>
/// The *.gold.json files of a directory, in the sorted order score.py reads them, and any TimeML
/// *.tml files (date gold only: score them with --only dates).
/// </summary>
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
            .Where(f => f.EndsWith(Suffix, StringComparison.Ordinal) || f.EndsWith(GoldArticle.TimeMlExtension, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            try
            {
                articles.Add(GoldArticle.Load(file));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or System.Xml.XmlException)
            {
                problems.Add(new FileProblem(file, e.Message));
            }
        }

        return (articles, problems);
    }
}
