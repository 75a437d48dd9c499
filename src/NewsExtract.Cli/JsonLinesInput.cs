using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsExtract.Output;

namespace NewsExtract.Cli;

/// <summary>
/// Streaming input: each line of a JSON Lines input is one article record
/// <c>{"id": ..., "text": "...", "reference_date": "YYYY-MM-DD", ...}</c> (or <c>"html"</c> instead of
/// <c>"text"</c>). The id becomes the output's <c>source</c>; other top-level fields pass through as
/// <c>metadata</c>. A line that is not such a record gives an error record and the stream goes on.
/// </summary>
internal static class JsonLinesInput
{
    /// <summary>One unparsed line with where it came from, or the error of an input that cannot be read.</summary>
    public sealed record Line(string Input, int Number, string Text, InputError? Error = null);

    /// <summary>
    /// The lines of every input in order, read lazily; an unreadable input yields one failed line, and a
    /// line longer than <paramref name="maxBytes"/> one <c>too_large</c> line, skipped without being held.
    /// </summary>
    public static IEnumerable<Line> Lines(IReadOnlyList<InputItem> inputs, Stream stdin, long maxBytes)
    {
        foreach (var input in inputs)
        {
            if (input.Error is not null)
            {
                yield return new Line(input.Source, 0, string.Empty, input.Error);
                continue;
            }

            Stream? stream = null;
            InputError? error = null;
            try
            {
                stream = input.IsStdin ? stdin : File.OpenRead(input.Path!);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                error = new InputError("unreadable", InputFinder.Describe(ex));
            }

            if (stream is null)
            {
                yield return new Line(input.Source, 0, string.Empty, error);
                continue;
            }

            using var lines = new BoundedLineReader(stream, maxBytes, leaveOpen: input.IsStdin);
            var number = 0;
            while (true)
            {
                string? text = null;
                try
                {
                    text = lines.ReadLine();
                }
                catch (IOException ex)
                {
                    error = new InputError("unreadable", $"read failed after line {number}: {ex.Message}");
                }

                if (error is not null)
                {
                    yield return new Line(input.Source, 0, string.Empty, error);
                    break;
                }

                if (text is null)
                {
                    break;
                }

                number++;
                if (lines.LastLineTooLong)
                {
                    yield return new Line(input.Source, number, string.Empty, new InputError("too_large", $"record larger than --max-bytes ({maxBytes} bytes)"));
                }
                else if (!string.IsNullOrWhiteSpace(text))
                {
                    yield return new Line(input.Source, number, text);
                }
            }
        }
    }

    /// <summary>Parses and processes one line.</summary>
    /// <param name="timeout">Seconds of work allowed on the record (0: no limit).</param>
    public static ArticleResult Process(Line line, DateOnly? optionDate, FactKinds kinds, long maxBytes, double timeout)
    {
        var fallbackSource = $"{line.Input}:{line.Number}";
        if (line.Error is not null)
        {
            return ArticleResult.Failed(line.Number > 0 ? fallbackSource : line.Input, line.Error);
        }

        string? source = null;
        try
        {
            using var document = JsonDocument.Parse(line.Text);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return ArticleResult.Failed(fallbackSource, BadRecord("not a JSON object"));
            }

            source = root.TryGetProperty("id", out var id) && id.ValueKind is JsonValueKind.String or JsonValueKind.Number
                ? (id.ValueKind == JsonValueKind.String ? id.GetString()! : id.GetRawText())
                : fallbackSource;
            var (text, format) = root.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? (t.GetString()!, InputFormat.Text)
                : root.TryGetProperty("html", out var h) && h.ValueKind == JsonValueKind.String ? (h.GetString()!, InputFormat.Html)
                : (null, InputFormat.Text);
            if (text is null)
            {
                return ArticleResult.Failed(source, BadRecord("no \"text\" (or \"html\") string field"));
            }

            var (date, dateSource) = optionDate is { } d ? (d, "option") : (RecordDate(root), "record");
            if (date is null && root.TryGetProperty("reference_date", out var r) && r.ValueKind is not JsonValueKind.Null)
            {
                return ArticleResult.Failed(source, BadRecord($"reference_date {r.GetRawText()} is not a date of the form YYYY-MM-DD"));
            }

            var bytes = Encoding.UTF8.GetBytes(text);
            var result = TimeBudget.Run(source, timeout, cancellation =>
                ArticleProcessor.Process(source, bytes, format, new ExtractionOptions(date, kinds), dateSource, maxBytes, cancellation));
            var metadata = Metadata(root);
            return metadata.Count == 0 || result.Error is not null ? result : result with { Metadata = metadata };
        }
        catch (JsonException ex)
        {
            return ArticleResult.Failed(source ?? fallbackSource, BadRecord("invalid JSON: " + ex.Message));
        }
        catch (InvalidOperationException ex)
        {
            // GetString() refuses a lone surrogate escape ("\ud800"): such a string is not Unicode text.
            return ArticleResult.Failed(source ?? fallbackSource, BadRecord("a string is not valid Unicode (lone surrogate escape): " + ex.Message));
        }
    }

    private static DateOnly? RecordDate(JsonElement root) =>
        root.TryGetProperty("reference_date", out var value) && value.ValueKind == JsonValueKind.String
        && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    private static List<KeyValuePair<string, string>> Metadata(JsonElement root)
    {
        var metadata = new List<KeyValuePair<string, string>>();
        foreach (var property in root.EnumerateObject())
        {
            if (property.Name is "id" or "text" or "html" or "reference_date")
            {
                continue;
            }

            metadata.Add(new(property.Name, property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText()));
        }

        return metadata;
    }

    private static InputError BadRecord(string message) => new("bad_record", message);
}
