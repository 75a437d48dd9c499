namespace NewsExtract.Evaluation;

/// <summary>
/// score_counts: only kind "count" is scored; a predicted count that lands on a gold age, ordinal,
/// money... item is a false positive (wrong kind) even though that gold item is optional.
/// </summary>
internal static class CountScorer
{
    public static void Score(IReadOnlyList<GoldItem> gold, IReadOnlyList<PredictedItem> allPredicted, Tally tally, List<string> errors, string article)
    {
        var predicted = allPredicted.Where(p => IsCountKind(p.Json)).ToList();
        var required = gold.Where(g => g.IsRequired && IsCountKind(g.Json)).ToList();
        var nonCount = gold.Where(g => !IsCountKind(g.Json)).ToList();
        var (pairs, used) = SpanMatching.GreedyMatch(required, predicted);
        for (var g = 0; g < required.Count; g++)
        {
            var goldItem = required[g];
            if (!pairs.TryGetValue(g, out var p))
            {
                tally.Add("fn", 1);
                errors.Add($"{article}: count missed: {goldItem.TextRepr}");
                continue;
            }

            var prediction = predicted[p].Json;
            var (goldValue, predictedValue) = (PyJson.Get(goldItem.Json, "value"), PyJson.Get(prediction, "value"));
            var valueOk = PyJson.PyEquals(predictedValue, goldValue) || ThousandsRuleAccepts(goldItem, predictedValue);
            var goldUnit = PyJson.Get(goldItem.Json, "unit");
            var predictedUnit = PyJson.Get(prediction, "unit");
            var unitOk = NameRules.Contains(
                NameRules.Norm(PyJson.StringOrEmpty(predictedUnit)),
                NameRules.Surname(PyJson.StringOrEmpty(goldUnit)).TrimEnd('s'));
            tally.Add(("tp", 1), ("value_ok", valueOk ? 1 : 0), ("unit_ok", unitOk ? 1 : 0));
            if (!valueOk)
            {
                errors.Add($"{article}: count {goldItem.TextRepr} value {PyJson.Repr(predictedValue)} != {PyJson.Repr(goldValue)}");
            }

            if (!unitOk)
            {
                errors.Add($"{article}: count {goldItem.TextRepr} unit {PyJson.Repr(predictedUnit)} != {PyJson.Repr(goldUnit)}");
            }
        }

        for (var p = 0; p < predicted.Count; p++)
        {
            // a number that is an age or ordinal must not be called a count
            if (!used.Contains(p) && SpanMatching.OverlapsAny(predicted[p], nonCount))
            {
                used.Add(p);
                tally.Add("fp", 1);
                errors.Add($"{article}: count wrong kind: {predicted[p].TextRepr}");
            }
        }

        SpanMatching.ChargeUnmatched(predicted, used, gold, tally, errors, "count", article);
    }

    private static bool IsCountKind(System.Text.Json.JsonElement item) => PyJson.GetEquals(item, "kind", "count", "count");

    // "thousands of X" is gold 1000 at_least; reading it as 2000 ("two thousand at least") is accepted too.
    private static bool ThousandsRuleAccepts(GoldItem gold, System.Text.Json.JsonElement? predictedValue) =>
        PyJson.PyEqualsNumber(PyJson.Get(gold.Json, "value"), 1000)
        && PyJson.IsString(PyJson.Get(gold.Json, "qualifier"), "at_least")
        && (PyJson.PyEqualsNumber(predictedValue, 1000) || PyJson.PyEqualsNumber(predictedValue, 2000));
}
