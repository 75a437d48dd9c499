using System.Text.Json;

namespace NewsExtract.Evaluation;

/// <summary>A half-open [Start, End) range of code points. Doubles, because gold may hold any JSON number.</summary>
internal readonly record struct CodePointSpan(double Start, double End)
{
    public double Length => End - Start;

    /// <summary>score.py's overlap(): the number of shared code points, 0 when apart.</summary>
    public double Overlap(CodePointSpan other) => Math.Max(0, Math.Min(End, other.End) - Math.Max(Start, other.Start));

    /// <summary>A prediction's span when spans_ok(): integer start and end.</summary>
    public static CodePointSpan? OfPrediction(JsonElement item) =>
        PyJson.TryGetInt(PyJson.Get(item, "start"), out var start) && PyJson.TryGetInt(PyJson.Get(item, "end"), out var end)
            ? new CodePointSpan(start, end)
            : null;

    /// <summary>A gold item's span; gold is trusted to be numeric, as score.py indexes it directly.</summary>
    public static CodePointSpan? OfGold(JsonElement item) =>
        PyJson.TryGetNumber(PyJson.Get(item, "start"), out var start) && PyJson.TryGetNumber(PyJson.Get(item, "end"), out var end)
            ? new CodePointSpan(start, end)
            : null;
}
