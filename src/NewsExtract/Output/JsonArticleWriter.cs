using System.Text.Encodings.Web;
using System.Text.Json;
using NewsExtract.Text;

namespace NewsExtract.Output;

/// <summary>
/// Writes results in the JSON shape of the output contract (docs/output.md), field by field in a
/// fixed order so output is byte-identical across runs. No reflection: safe for trimming and AOT.
/// </summary>
public static class JsonArticleWriter
{
    public const int Schema = 1;

    /// <summary>Writer settings: readable non-ASCII (quotes, accents) and "\n" newlines everywhere.</summary>
    public static JsonWriterOptions WriterOptions(bool indented) => new()
    {
        Indented = indented,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = false,
    };

    public static void Write(Utf8JsonWriter json, ArticleResult result, OutputOptions options)
    {
        json.WriteStartObject();
        json.WriteNumber("schema", Schema);
        json.WriteString("source", result.Source);
        if (result.Error is { } error)
        {
            json.WriteStartObject("error");
            json.WriteString("code", error.Code);
            json.WriteString("message", error.Message);
            json.WriteEndObject();
            json.WriteEndObject();
            return;
        }

        var article = result.Article!;
        var facts = result.Facts!;
        WriteNullableString(json, "reference_date", result.ReferenceDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("reference_date_source", result.ReferenceDateSource);
        if (result.FromHtml)
        {
            WriteNullableString(json, "title", result.Title);
            json.WriteStartArray("authors");
            foreach (var author in result.Authors)
            {
                json.WriteStringValue(author);
            }

            json.WriteEndArray();
            WriteNullableString(json, "published", result.Published);
        }

        if (result.Dateline is { } dateline)
        {
            json.WriteStartObject("dateline");
            WriteSpan(json, article, dateline.Text, dateline.Span);
            json.WriteString("place", dateline.Place);
            WriteNullableString(json, "agency", dateline.Agency);
            WriteNullableString(json, "date", dateline.Value);
            json.WriteEndObject();
        }

        if (result.Metadata is { } metadata)
        {
            json.WriteStartObject("metadata");
            foreach (var (name, value) in metadata)
            {
                json.WriteString(name, value);
            }

            json.WriteEndObject();
        }

        if (options.IncludeText)
        {
            json.WriteString("text", article.Text);
        }

        var quoteIds = QuoteIds.For(facts);
        if (options.Kinds.HasFlag(FactKinds.Dates))
        {
            WriteDates(json, article, facts);
        }

        if (options.Kinds.HasFlag(FactKinds.Counts))
        {
            WriteCounts(json, article, facts);
        }

        if (options.Kinds.HasFlag(FactKinds.Officials))
        {
            WriteOfficials(json, article, facts, quoteIds);
        }

        if (options.Kinds.HasFlag(FactKinds.Quotes))
        {
            WriteQuotes(json, article, facts, quoteIds);
        }

        json.WriteEndObject();
    }

    private static void WriteDates(Utf8JsonWriter json, Article article, ArticleFacts facts)
    {
        json.WriteStartArray("dates");
        foreach (var date in facts.Dates)
        {
            json.WriteStartObject();
            WriteSpan(json, article, date.Text, date.Span);
            json.WriteString("type", date.Type);
            json.WriteString("value", date.Value);
            WriteNullableString(json, "mod", date.Mod);
            json.WriteString("rule", date.Rule);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteCounts(Utf8JsonWriter json, Article article, ArticleFacts facts)
    {
        json.WriteStartArray("counts");
        foreach (var count in facts.Counts)
        {
            json.WriteStartObject();
            WriteSpan(json, article, count.Text, count.Span);
            WriteNullableNumber(json, "value", count.Value);
            WriteNullableString(json, "qualifier", count.Qualifier);
            WriteNullableString(json, "unit", count.Unit);
            json.WriteString("kind", count.Kind);
            WriteNullableNumber(json, "value_max", count.ValueMax);
            WriteNullableString(json, "currency", count.Currency);
            WriteNullableString(json, "scope", count.Scope);
            json.WriteString("rule", count.Rule);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteOfficials(Utf8JsonWriter json, Article article, ArticleFacts facts, IReadOnlyList<string> quoteIds)
    {
        json.WriteStartArray("officials");
        foreach (var official in facts.Officials)
        {
            json.WriteStartObject();
            json.WriteString("id", official.Id);
            json.WriteString("name", official.Name);
            WriteNullableString(json, "title", official.Title);
            WriteNullableString(json, "affiliation", official.Affiliation);
            json.WriteStartArray("mentions");
            foreach (var mention in official.Mentions)
            {
                json.WriteStartObject();
                WriteSpan(json, article, mention.Text, mention.Span);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("quote_ids");
            for (var i = 0; i < facts.Quotes.Count; i++)
            {
                if (facts.Quotes[i].SpeakerId == official.Id)
                {
                    json.WriteStringValue(quoteIds[i]);
                }
            }

            json.WriteEndArray();
            json.WriteString("rule", official.Rule);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteQuotes(Utf8JsonWriter json, Article article, ArticleFacts facts, IReadOnlyList<string> quoteIds)
    {
        json.WriteStartArray("quotes");
        for (var i = 0; i < facts.Quotes.Count; i++)
        {
            var quote = facts.Quotes[i];
            json.WriteStartObject();
            json.WriteString("id", quoteIds[i]);
            WriteSpan(json, article, quote.Text, quote.Span);
            json.WriteString("type", quote.Type);
            WriteNullableString(json, "speaker", quote.Speaker);
            WriteNullableString(json, "speaker_id", quote.SpeakerId);
            WriteNullableString(json, "cue", quote.Cue);
            json.WriteString("rule", quote.Rule);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteSpan(Utf8JsonWriter json, Article article, string text, TextSpan span)
    {
        json.WriteString("text", text);
        json.WriteNumber("start", article.CodePointIndex(span.Start));
        json.WriteNumber("end", article.CodePointIndex(span.End));
    }

    private static void WriteNullableString(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteNullableNumber(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
