namespace NewsExtract.Evaluation;

/// <summary>Turns a kind's counters into score.py's row of figures, same names, order and rounding.</summary>
internal static class ScoreFigures
{
    private static readonly string[] AccuracyCounters = ["value_ok", "strict", "type_ok", "unit_ok", "title_ok", "affiliation_ok", "speaker_ok"];

    private static readonly Dictionary<string, string[]> KindCounters = new(StringComparer.Ordinal)
    {
        [EvaluationKinds.Dates] = ["value_ok", "strict", "type_ok"],
        [EvaluationKinds.Counts] = ["value_ok", "unit_ok"],
        [EvaluationKinds.Officials] = ["title_ok", "affiliation_ok"],
        [EvaluationKinds.Quotes] = ["speaker_ok"],
    };

    public static KindScore For(string kind, Tally tally)
    {
        var (precision, recall, f1) = tally.Prf();
        var tp = tally.Tp;
        var measures = new List<KeyValuePair<string, double>>();
        foreach (var counter in AccuracyCounters)
        {
            if (tally.Has(counter) || (tp > 0 && KindCounters[kind].Contains(counter)))
            {
                // "strict" keeps its name: score.py only renames *_ok to *_acc
                var name = counter.Replace("_ok", "_acc", StringComparison.Ordinal);
                measures.Add(new(name, tp > 0 ? PyRound.Round((double)tally[counter] / tp, 3) : 0.0));
            }
        }

        if (kind == EvaluationKinds.Dates && tp > 0)
        {
            // TempEval-3 style: strict = exact span; value = span overlaps and value right
            measures.Add(new("strict_f1", HitF1(tally["strict"], tally)));
            measures.Add(new("value_f1", HitF1(tally["value_ok"], tally)));
        }

        if (kind == EvaluationKinds.Officials)
        {
            var gold = tally["mentions_gold"];
            measures.Add(new("mention_recall", gold > 0 ? PyRound.Round((double)tally["mentions_found"] / gold, 3) : 1.0));
        }

        return new KindScore(kind, PyRound.Round(precision, 3), PyRound.Round(recall, 3), PyRound.Round(f1, 3), measures, tp, tally.Fp, tally.Fn);
    }

    private static double HitF1(long hits, Tally tally)
    {
        var precision = tally.Tp + tally.Fp > 0 ? (double)hits / (tally.Tp + tally.Fp) : 0.0;
        var recall = tally.Tp + tally.Fn > 0 ? (double)hits / (tally.Tp + tally.Fn) : 0.0;
        return precision + recall > 0 ? PyRound.Round(2 * precision * recall / (precision + recall), 3) : 0.0;
    }
}
