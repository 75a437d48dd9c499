namespace NewsExtract.Evaluation;

/// <summary>score.py's greedy_match and charge_unmatched.</summary>
internal static class SpanMatching
{
    /// <summary>
    /// Pairs each gold (in order of start) with the unused prediction that overlaps it most, the first
    /// such on ties, if the overlap covers at least <paramref name="minFraction"/> of the gold span.
    /// </summary>
    public static (Dictionary<int, int> Pairs, HashSet<int> Used) GreedyMatch(
        IReadOnlyList<GoldItem> golds, IReadOnlyList<PredictedItem> predictions, double minFraction = 0.0)
    {
        var pairs = new Dictionary<int, int>();
        var used = new HashSet<int>();
        var order = Enumerable.Range(0, golds.Count).OrderBy(i => golds[i].Span.Start); // stable, like sorted()
        foreach (var goldIndex in order)
        {
            var gold = golds[goldIndex].Span;
            int? best = null;
            var bestOverlap = 0.0;
            for (var p = 0; p < predictions.Count; p++)
            {
                if (used.Contains(p) || predictions[p].Span is not { } span)
                {
                    continue;
                }

                var overlap = gold.Overlap(span);
                if (overlap > bestOverlap && overlap >= minFraction * gold.Length)
                {
                    (best, bestOverlap) = (p, overlap);
                }
            }

            if (best is { } chosen)
            {
                used.Add(chosen);
                pairs[goldIndex] = chosen;
            }
        }

        return (pairs, used);
    }

    /// <summary>Charges every unused prediction as a false positive unless it overlaps some gold item of the kind.</summary>
    public static void ChargeUnmatched(
        IReadOnlyList<PredictedItem> predictions, HashSet<int> used, IReadOnlyList<GoldItem> allGolds,
        Tally tally, List<string> errors, string label, string article)
    {
        for (var p = 0; p < predictions.Count; p++)
        {
            if (used.Contains(p))
            {
                continue;
            }

            if (OverlapsAny(predictions[p], allGolds))
            {
                continue; // overlaps an optional (or already matched) gold item: not charged
            }

            tally.Add("fp", 1);
            errors.Add($"{article}: {label} extra: {predictions[p].TextRepr}");
        }
    }

    public static bool OverlapsAny(PredictedItem prediction, IReadOnlyList<GoldItem> golds) =>
        prediction.Span is { } span && golds.Any(gold => gold.Span.Overlap(span) > 0);
}
