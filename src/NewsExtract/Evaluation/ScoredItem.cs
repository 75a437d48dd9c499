using System.Text.Json;

namespace NewsExtract.Evaluation;

/// <summary>A gold item with its span (checked when the gold file is read).</summary>
internal sealed record GoldItem(JsonElement Json, CodePointSpan Span)
{
    public bool IsRequired => PyJson.IsTruthyOrMissing(Json, "required");

    /// <summary>repr(g['text']) for error lines.</summary>
    public string TextRepr => PyJson.Repr(PyJson.Get(Json, "text"));

    /// <summary>g['text'][:count], repr'd.</summary>
    public string TextPrefixRepr(int count) =>
        PyJson.Get(Json, "text") is { ValueKind: JsonValueKind.String } text
            ? PyRepr.String(NameRules.Prefix(text.GetString()!, count))
            : TextRepr;
}

/// <summary>A predicted item; Span is null when score.py's spans_ok() rejects it.</summary>
internal sealed record PredictedItem(JsonElement Json, CodePointSpan? Span)
{
    public static PredictedItem Of(JsonElement json) => new(json, CodePointSpan.OfPrediction(json));

    public string TextRepr => PyJson.Repr(PyJson.Get(Json, "text"));
}
