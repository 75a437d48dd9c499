using System.Text.Json;
using NewsExtract.Evaluation;

namespace NewsExtract.Tests.Evaluation;

/// <summary>Paths into Fixtures/evaluation (copied next to the test assembly) and shortcuts to score them.</summary>
internal static class EvaluationFixtures
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Fixtures", "evaluation");

    public static string GoldDirectory => Path.Combine(Directory, "gold");

    public static string Predictions => Path.Combine(Directory, "predictions.jsonl");

    public static string PredictionsArray => Path.Combine(Directory, "predictions-array.json");

    public static string Articles => Path.Combine(Directory, "articles");

    public static string Expected(string name) => File.ReadAllText(Path.Combine(Directory, "expected", name)).TrimEnd('\n');

    public static IReadOnlyList<JsonElement> ReadPredictions(string path)
    {
        var (articles, problems) = PredictionFile.Parse(File.ReadAllText(path));
        Assert.Empty(problems);
        return articles;
    }

    /// <summary>Scores the predictions file against some (or all) of the fixture gold articles.</summary>
    public static EvaluationResult Score(IReadOnlyList<string> kinds, params string[] goldKeys)
    {
        var (golds, problems) = GoldSet.Load(GoldDirectory);
        Assert.Empty(problems);
        var chosen = goldKeys.Length == 0 ? golds : golds.Where(g => goldKeys.Contains(g.Key)).ToList();
        return Evaluator.Evaluate(chosen, ReadPredictions(Predictions), kinds);
    }

    public static KindScore Kind(this EvaluationResult result, string kind) => result.Scores.Single(s => s.Kind == kind);

    public static double Measure(this KindScore score, string name) => score.Measures.Single(m => m.Key == name).Value;
}
