using System.Text.Json;

namespace NewsExtract.Evaluation;

/// <summary>Scores predictions against gold articles with the rules of shared/tools/score.py.</summary>
public static class Evaluator
{
    /// <param name="predictionFor">The prediction paired with a gold article, or null when there is none.</param>
    public static EvaluationResult Evaluate(
        IReadOnlyList<GoldArticle> golds, Func<GoldArticle, JsonElement?> predictionFor, IReadOnlyList<string> kinds)
    {
        var tallies = kinds.ToDictionary(kind => kind, _ => new Tally(), StringComparer.Ordinal);
        var errors = new List<string>();
        var problems = new List<FileProblem>();
        var articles = 0;
        foreach (var gold in golds)
        {
            var (lists, listError) = GoldLists.Read(gold, kinds);
            if (lists is null)
            {
                problems.Add(new FileProblem(gold.Path, listError!));
                continue;
            }

            articles++;
            var prediction = predictionFor(gold) ?? default;
            if (PyJson.Get(prediction, "error") is { } error)
            {
                errors.Add($"{gold.Key}: prediction is an error: {PyJson.Str(error)}");
            }

            foreach (var kind in kinds)
            {
                var predicted = PredictedObjects(prediction, kind);
                var tally = tallies[kind];
                switch (kind)
                {
                    case EvaluationKinds.Dates:
                        DateScorer.Score(lists.Spanned[kind], predicted.Select(PredictedItem.Of).ToList(), tally, errors, gold.Key);
                        break;
                    case EvaluationKinds.Counts:
                        CountScorer.Score(lists.Spanned[kind], predicted.Select(PredictedItem.Of).ToList(), tally, errors, gold.Key);
                        break;
                    case EvaluationKinds.Officials:
                        OfficialScorer.Score(lists.Officials, predicted, tally, errors, gold.Key);
                        break;
                    case EvaluationKinds.Quotes:
                        var officials = PyJson.Get(prediction, "officials");
                        QuoteScorer.Score(lists.Spanned[kind], predicted.Select(PredictedItem.Of).ToList(), officials, tally, errors, gold.Key);
                        break;
                }
            }
        }

        var scores = kinds.Select(kind => ScoreFigures.For(kind, tallies[kind])).ToList();
        return new EvaluationResult(articles, scores, errors, problems);
    }

    /// <summary>Pairs gold with the articles of a predictions file, by source suffix then by key.</summary>
    public static EvaluationResult Evaluate(IReadOnlyList<GoldArticle> golds, IReadOnlyList<JsonElement> predictions, IReadOnlyList<string> kinds)
    {
        var pairing = new SourcePairing(predictions.Select(p => PyJson.StringOrEmpty(PyJson.Get(p, "source"))).ToList());
        return Evaluate(golds, gold => pairing.Find(gold.Source, gold.Key) is { } i ? predictions[i] : null, kinds);
    }

    // [x for x in p.get(kind, []) or [] if isinstance(x, dict)]
    private static List<JsonElement> PredictedObjects(JsonElement prediction, string kind) =>
        PyJson.Get(prediction, kind) is { ValueKind: JsonValueKind.Array } list
            ? list.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.Object).ToList()
            : [];
}
