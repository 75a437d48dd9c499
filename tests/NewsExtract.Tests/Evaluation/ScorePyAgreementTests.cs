using NewsExtract.Evaluation;

namespace NewsExtract.Tests.Evaluation;

/// <summary>The whole fixture set, compared with what shared/tools/score.py printed for it (Fixtures/evaluation/expected).</summary>
public sealed class ScorePyAgreementTests
{
    [Theory]
    [InlineData("dates,counts,officials,quotes", "score-all.json")]
    [InlineData("dates", "score-dates.json")]
    [InlineData("counts", "score-counts.json")]
    [InlineData("officials", "score-officials.json")]
    [InlineData("quotes", "score-quotes.json")]
    public void Json_figures_are_those_of_score_py(string only, string expectedFile)
    {
        var (kinds, _) = EvaluationKinds.Parse(only);

        var result = EvaluationFixtures.Score(kinds);

        Assert.Equal(EvaluationFixtures.Expected(expectedFile), EvaluationReport.ToJson(result));
    }

    [Fact]
    public void Error_lines_are_those_of_score_py()
    {
        var expected = EvaluationFixtures.Expected("errors.txt").Split('\n').Select(line => line[2..]);

        var result = EvaluationFixtures.Score(EvaluationKinds.All);

        Assert.Equal(expected, result.Errors);
    }

    [Fact]
    public void A_json_array_scores_as_the_same_articles_in_json_lines()
    {
        var (golds, _) = GoldSet.Load(EvaluationFixtures.GoldDirectory);

        var fromArray = Evaluator.Evaluate(golds, EvaluationFixtures.ReadPredictions(EvaluationFixtures.PredictionsArray), EvaluationKinds.All);

        Assert.Equal(EvaluationFixtures.Expected("score-all.json"), EvaluationReport.ToJson(fromArray));
    }

    [Fact]
    public void Two_articles_score_as_score_py_scored_them()
    {
        // score.py on a directory holding only harbour.gold.json and summit.gold.json
        const string Expected = """{"articles": 2, "dates": {"precision": 0.857, "recall": 0.857, "f1": 0.857, "value_acc": 0.833, "strict": 0.833, "type_acc": 0.833, "strict_f1": 0.714, "value_f1": 0.714, "tp": 6, "fp": 1, "fn": 1}, "counts": {"precision": 0.625, "recall": 1.0, "f1": 0.769, "value_acc": 1.0, "unit_acc": 0.8, "tp": 5, "fp": 3, "fn": 0}, "officials": {"precision": 0.8, "recall": 1.0, "f1": 0.889, "title_acc": 0.5, "affiliation_acc": 0.75, "mention_recall": 0.625, "tp": 4, "fp": 1, "fn": 0}, "quotes": {"precision": 0.833, "recall": 0.833, "f1": 0.833, "speaker_acc": 0.8, "tp": 5, "fp": 1, "fn": 1}}""";

        var result = EvaluationFixtures.Score(EvaluationKinds.All, "harbour", "summit");

        Assert.Equal(Expected, EvaluationReport.ToJson(result));
    }
}
