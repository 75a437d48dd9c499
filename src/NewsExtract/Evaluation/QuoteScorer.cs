using System.Text.Json;

namespace NewsExtract.Evaluation;

/// <summary>
/// score_quotes: direct quotes only; a match must cover half the gold span; the speaker is right when
/// the gold surname occurs in the predicted speaker (or in the name of the official its speaker_id names).
/// </summary>
internal static class QuoteScorer
{
    public static void Score(
        IReadOnlyList<GoldItem> gold, IReadOnlyList<PredictedItem> allPredicted, JsonElement? officials,
        Tally tally, List<string> errors, string article)
    {
        var direct = allPredicted.Where(p => IsDirect(p.Json)).ToList();
        var goldDirect = gold.Where(g => IsDirect(g.Json)).ToList();
        var required = goldDirect.Where(g => g.IsRequired).ToList();
        var (pairs, used) = SpanMatching.GreedyMatch(required, direct, minFraction: 0.5);
        for (var g = 0; g < required.Count; g++)
        {
            var goldItem = required[g];
            if (!pairs.TryGetValue(g, out var p))
            {
                tally.Add("fn", 1);
                errors.Add($"{article}: quote missed: {goldItem.TextPrefixRepr(50)}");
                continue;
            }

            var speaker = SpeakerName(direct[p].Json, officials);
            var goldSpeaker = PyJson.Get(goldItem.Json, "speaker");
            var ok = PyJson.IsTruthy(goldSpeaker) && NameRules.Contains(
                NameRules.Norm(PyJson.StringOrEmpty(speaker)), NameRules.Surname(PyJson.StringOrEmpty(goldSpeaker)));
            tally.Add(("tp", 1), ("speaker_ok", ok ? 1 : 0));
            if (!ok)
            {
                errors.Add($"{article}: quote {goldItem.TextPrefixRepr(40)} speaker {PyJson.Repr(speaker)} != {PyJson.Repr(goldSpeaker)}");
            }
        }

        SpanMatching.ChargeUnmatched(direct, used, goldDirect, tally, errors, "quote", article);
    }

    private static bool IsDirect(JsonElement item) => PyJson.GetEquals(item, "type", "direct", "direct");

    // The last official whose id equals speaker_id supplies the name, if it has one.
    private static JsonElement? SpeakerName(JsonElement quote, JsonElement? officials)
    {
        var speaker = PyJson.Get(quote, "speaker");
        var speakerId = PyJson.Get(quote, "speaker_id");
        if (!PyJson.IsTruthy(speakerId) || officials is not { ValueKind: JsonValueKind.Array } list)
        {
            return speaker;
        }

        foreach (var official in list.EnumerateArray())
        {
            if (official.ValueKind == JsonValueKind.Object && PyJson.PyEquals(PyJson.Get(official, "id"), speakerId))
            {
                var name = PyJson.Get(official, "name");
                speaker = PyJson.IsTruthy(name) ? name : speaker;
            }
        }

        return speaker;
    }
}
