using System.Globalization;
using System.Text;

namespace NewsExtract.Evaluation;

/// <summary>Renders an <see cref="EvaluationResult"/> as score.py's --json line or as a readable table.</summary>
public static class EvaluationReport
{
    /// <summary>One JSON object, byte for byte what `score.py --json` prints for the same figures.</summary>
    public static string ToJson(EvaluationResult result)
    {
        var json = new StringBuilder();
        json.Append(CultureInfo.InvariantCulture, $"{{\"articles\": {result.Articles}");
        foreach (var score in result.Scores)
        {
            json.Append(CultureInfo.InvariantCulture, $", \"{score.Kind}\": {{");
            json.Append(CultureInfo.InvariantCulture, $"\"precision\": {PyRepr.Float(score.Precision)}, ");
            json.Append(CultureInfo.InvariantCulture, $"\"recall\": {PyRepr.Float(score.Recall)}, ");
            json.Append(CultureInfo.InvariantCulture, $"\"f1\": {PyRepr.Float(score.F1)}, ");
            foreach (var (name, value) in score.Measures)
            {
                json.Append(CultureInfo.InvariantCulture, $"\"{name}\": {PyRepr.Float(value)}, ");
            }

            json.Append(CultureInfo.InvariantCulture, $"\"tp\": {score.Tp}, \"fp\": {score.Fp}, \"fn\": {score.Fn}}}");
        }

        return json.Append('}').ToString();
    }

    /// <summary>A table: one row per kind, then the kind's accuracies as name=value.</summary>
    public static string ToTable(EvaluationResult result)
    {
        var table = new StringBuilder();
        table.Append(CultureInfo.InvariantCulture, $"articles: {result.Articles}\n");
        table.Append(CultureInfo.InvariantCulture, $"{"kind",-10} {"P",6} {"R",6} {"F1",6} {"tp",6} {"fp",6} {"fn",6}  accuracies\n");
        foreach (var score in result.Scores)
        {
            var measures = string.Join(" ", score.Measures.Select(m => $"{m.Key}={m.Value.ToString("0.000", CultureInfo.InvariantCulture)}"));
            var row = string.Create(CultureInfo.InvariantCulture,
                $"{score.Kind,-10} {score.Precision,6:0.000} {score.Recall,6:0.000} {score.F1,6:0.000} {score.Tp,6} {score.Fp,6} {score.Fn,6}  {measures}");
            table.Append(row.TrimEnd()).Append('\n');
        }

        return table.ToString();
    }
}
