using System.Text.Json;

namespace NewsExtract.Evaluation;

/// <summary>
/// score_officials: each required gold person takes the first unused prediction with the same surname
/// or an overlapping mention. Unused predictions are all charged, even ones naming an optional person.
/// </summary>
internal static class OfficialScorer
{
    public static void Score(IReadOnlyList<GoldOfficial> gold, IReadOnlyList<JsonElement> predicted, Tally tally, List<string> errors, string article)
    {
        var predictedMentions = predicted.Select(Mentions).ToList();
        var used = new HashSet<int>();
        foreach (var goldOfficial in gold.Where(g => PyJson.IsTruthyOrMissing(g.Json, "required")))
        {
            var goldName = PyJson.Get(goldOfficial.Json, "name");
            var goldSurname = NameRules.Surname(PyJson.StringOrEmpty(goldName));
            int? best = null;
            for (var p = 0; p < predicted.Count; p++)
            {
                if (used.Contains(p))
                {
                    continue;
                }

                var sameName = NameRules.Surname(PyJson.StringOrEmpty(PyJson.Get(predicted[p], "name"))) == goldSurname;
                var overlaps = goldOfficial.Mentions.Any(gm => predictedMentions[p].Any(m => m is { } span && span.Overlap(gm) > 0));
                if (sameName || overlaps)
                {
                    best = p;
                    break;
                }
            }

            if (best is not { } chosen)
            {
                tally.Add(("fn", 1), ("mentions_gold", goldOfficial.Mentions.Count));
                errors.Add($"{article}: official missed: {PyJson.Repr(goldName)}");
                continue;
            }

            used.Add(chosen);
            var prediction = predicted[chosen];
            var goldTitle = PyJson.Get(goldOfficial.Json, "title");
            var goldAffiliation = PyJson.Get(goldOfficial.Json, "affiliation");
            var predictedTitle = PyJson.Get(prediction, "title");
            var predictedAffiliation = PyJson.Get(prediction, "affiliation");
            var titleOk = !PyJson.IsTruthy(goldTitle) || NameRules.Contains(
                NameRules.Norm(PyJson.StringOrEmpty(predictedTitle)), NameRules.Norm(PyJson.StringOrEmpty(goldTitle)));
            var affiliationOk = !PyJson.IsTruthy(goldAffiliation) || NameRules.Contains(
                NameRules.Norm(PyJson.StringOrEmpty(predictedAffiliation)),
                NameRules.Prefix(NameRules.Norm(PyJson.StringOrEmpty(goldAffiliation)), 5));
            var found = goldOfficial.Mentions.Count(gm => predictedMentions[chosen].Any(m => m is { } span && span.Overlap(gm) > 0));
            tally.Add(("tp", 1), ("title_ok", titleOk ? 1 : 0), ("affiliation_ok", affiliationOk ? 1 : 0),
                ("mentions_found", found), ("mentions_gold", goldOfficial.Mentions.Count));
            if (!titleOk)
            {
                errors.Add($"{article}: official {PyJson.Repr(goldName)} title {PyJson.Repr(predictedTitle)} != {PyJson.Repr(goldTitle)}");
            }

            if (!affiliationOk)
            {
                errors.Add($"{article}: official {PyJson.Repr(goldName)} affiliation {PyJson.Repr(predictedAffiliation)} != {PyJson.Repr(goldAffiliation)}");
            }
        }

        for (var p = 0; p < predicted.Count; p++)
        {
            if (!used.Contains(p))
            {
                tally.Add("fp", 1);
                errors.Add($"{article}: official extra: {PyJson.Repr(PyJson.Get(predicted[p], "name"))}");
            }
        }
    }

    // p.get("mentions", []): each mention's span, null where spans_ok() fails.
    private static List<CodePointSpan?> Mentions(JsonElement prediction) =>
        PyJson.Get(prediction, "mentions") is { ValueKind: JsonValueKind.Array } mentions
            ? mentions.EnumerateArray().Select(m => CodePointSpan.OfPrediction(m)).ToList()
            : [];
}

/// <summary>A gold person with the spans of all its mentions.</summary>
internal sealed record GoldOfficial(JsonElement Json, IReadOnlyList<CodePointSpan> Mentions);
