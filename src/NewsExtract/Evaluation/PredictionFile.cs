using System.Text.Json;

namespace NewsExtract.Evaluation;

/// <summary>
/// Reads newsextract output as score.py does: one JSON value for the whole text (an array is a list
/// of articles, anything else one article), else JSON Lines. Bad lines and non-object items are
/// reported and skipped rather than ending the run.
/// </summary>
public static class PredictionFile
{
    public static (IReadOnlyList<JsonElement> Articles, IReadOnlyList<string> Problems) Parse(string text)
    {
        text = text.TrimStart('\uFEFF').Trim();
        if (text.Length == 0)
        {
            return ([], []);
        }

        var values = new List<JsonElement>();
        var problems = new List<string>();
        if (TryParse(text, out var whole, out _))
        {
            values.AddRange(whole.ValueKind == JsonValueKind.Array ? whole.EnumerateArray() : [whole]);
        }
        else
        {
            // Only \n ends a line: a raw U+2028 inside a JSON string is legal and must not split it.
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].Trim().Length == 0)
                {
                    continue;
                }

                if (TryParse(lines[i].TrimEnd('\r'), out var value, out var error))
                {
                    values.Add(value);
                }
                else
                {
                    problems.Add($"line {i + 1}: {error}");
                }
            }
        }

        var articles = new List<JsonElement>();
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i].ValueKind == JsonValueKind.Object)
            {
                articles.Add(values[i]);
            }
            else
            {
                problems.Add($"article {i + 1} is a JSON {values[i].ValueKind.ToString().ToLowerInvariant()}, not an object");
            }
        }

        return (articles, problems);
    }

    private static bool TryParse(string text, out JsonElement value, out string? error)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            value = document.RootElement.Clone();
            error = null;
            return true;
        }
        catch (JsonException e)
        {
            value = default;
            error = e.Message;
            return false;
        }
    }
}
