namespace NewsExtract.Evaluation;

/// <summary>score_dates: overlap matching of required dates; value, exact span and type checked per match.</summary>
internal static class DateScorer
{
    public static void Score(IReadOnlyList<GoldItem> gold, IReadOnlyList<PredictedItem> predicted, Tally tally, List<string> errors, string article)
    {
        var required = gold.Where(g => g.IsRequired).ToList();
        var (pairs, used) = SpanMatching.GreedyMatch(required, predicted);
        for (var g = 0; g < required.Count; g++)
        {
            var goldItem = required[g];
            if (!pairs.TryGetValue(g, out var p))
            {
                tally.Add("fn", 1);
                errors.Add($"{article}: date missed: {goldItem.TextRepr}");
                continue;
            }

            var prediction = predicted[p];
            var strict = prediction.Span!.Value.Start == goldItem.Span.Start && prediction.Span.Value.End == goldItem.Span.End;
            var predictedValue = PyJson.Get(prediction.Json, "value");
            var goldValue = PyJson.Get(goldItem.Json, "value");
            var valueOk = PyJson.Str(predictedValue) == PyJson.Str(goldValue);
            var typeOk = PyJson.PyEquals(PyJson.Get(prediction.Json, "type"), PyJson.Get(goldItem.Json, "type"));
            tally.Add(("tp", 1), ("strict", strict ? 1 : 0), ("value_ok", valueOk ? 1 : 0), ("type_ok", typeOk ? 1 : 0));
            if (!valueOk)
            {
                errors.Add($"{article}: date {goldItem.TextRepr} value {PyJson.Repr(predictedValue)} != {PyJson.Repr(goldValue)}");
            }
        }

        SpanMatching.ChargeUnmatched(predicted, used, gold, tally, errors, "date", article);
    }
}
