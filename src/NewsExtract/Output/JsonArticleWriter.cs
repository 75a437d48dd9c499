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
        json.WriteNumber(Names.Schema, Schema);
        json.WriteString(Names.Source, result.Source);
        if (result.Error is { } error)
        {
            json.WriteStartObject(Names.Error);
            json.WriteString(Names.Code, error.Code);
            json.WriteString(Names.Message, error.Message);
            json.WriteEndObject();
            json.WriteEndObject();
            return;
        }

        var article = result.Article!;
        var facts = result.Facts!;
        WriteNullableString(json, Names.ReferenceDate, result.ReferenceDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString(Names.ReferenceDateSource, result.ReferenceDateSource);
        if (result.FromHtml)
        {
            WriteNullableString(json, Names.Title, result.Title);
            json.WriteStartArray(Names.Authors);
            foreach (var author in result.Authors)
            {
                json.WriteStringValue(author);
            }

            json.WriteEndArray();
            WriteNullableString(json, Names.Published, result.Published);
        }

        if (result.Dateline is { } dateline)
        {
            json.WriteStartObject(Names.Dateline);
            WriteSpan(json, article, dateline.Text, dateline.Span);
            json.WriteString(Names.Place, dateline.Place);
            WriteNullableString(json, Names.Agency, dateline.Agency);
            WriteNullableString(json, Names.Date, dateline.Value);
            json.WriteEndObject();
        }

        if (result.Metadata is { } metadata)
        {
            json.WriteStartObject(Names.Metadata);
            foreach (var (name, value) in metadata)
            {
                json.WriteString(name, value);
            }

            json.WriteEndObject();
        }

        if (options.IncludeText)
        {
            json.WriteString(Names.Text, article.Text);
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
        json.WriteStartArray(Names.Dates);
        foreach (var date in facts.Dates)
        {
            json.WriteStartObject();
            WriteSpan(json, article, date.Text, date.Span);
            json.WriteString(Names.Type, date.Type);
            json.WriteString(Names.Value, date.Value);
            WriteNullableString(json, Names.Mod, date.Mod);
            json.WriteString(Names.Rule, date.Rule);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteCounts(Utf8JsonWriter json, Article article, ArticleFacts facts)
    {
        json.WriteStartArray(Names.Counts);
        foreach (var count in facts.Counts)
        {
            json.WriteStartObject();
            WriteSpan(json, article, count.Text, count.Span);
            WriteNullableNumber(json, Names.Value, count.Value);
            WriteNullableString(json, Names.Qualifier, count.Qualifier);
            WriteNullableString(json, Names.Unit, count.Unit);
            json.WriteString(Names.Kind, count.Kind);
            WriteNullableNumber(json, Names.ValueMax, count.ValueMax);
            WriteNullableString(json, Names.Currency, count.Currency);
            WriteNullableString(json, Names.Scope, count.Scope);
            json.WriteString(Names.Rule, count.Rule);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteOfficials(Utf8JsonWriter json, Article article, ArticleFacts facts, IReadOnlyList<string> quoteIds)
    {
        json.WriteStartArray(Names.Officials);
        foreach (var official in facts.Officials)
        {
            json.WriteStartObject();
            json.WriteString(Names.Id, official.Id);
            json.WriteString(Names.Name, official.Name);
            WriteNullableString(json, Names.Title, official.Title);
            WriteNullableString(json, Names.Affiliation, official.Affiliation);
            json.WriteStartArray(Names.Mentions);
            foreach (var mention in official.Mentions)
            {
                json.WriteStartObject();
                WriteSpan(json, article, mention.Text, mention.Span);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray(Names.QuoteIds);
            for (var i = 0; i < facts.Quotes.Count; i++)
            {
                if (facts.Quotes[i].SpeakerId == official.Id)
                {
                    json.WriteStringValue(quoteIds[i]);
                }
            }

            json.WriteEndArray();
            json.WriteString(Names.Rule, official.Rule);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteQuotes(Utf8JsonWriter json, Article article, ArticleFacts facts, IReadOnlyList<string> quoteIds)
    {
        json.WriteStartArray(Names.Quotes);
        for (var i = 0; i < facts.Quotes.Count; i++)
        {
            var quote = facts.Quotes[i];
            json.WriteStartObject();
            json.WriteString(Names.Id, quoteIds[i]);
            WriteSpan(json, article, quote.Text, quote.Span);
            json.WriteString(Names.Type, quote.Type);
            WriteNullableString(json, Names.Speaker, quote.Speaker);
            WriteNullableString(json, Names.SpeakerId, quote.SpeakerId);
            WriteNullableString(json, Names.Cue, quote.Cue);
            json.WriteString(Names.Rule, quote.Rule);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteSpan(Utf8JsonWriter json, Article article, string text, TextSpan span)
    {
        json.WriteString(Names.Text, text);
        json.WriteNumber(Names.Start, article.CodePointIndex(span.Start));
        json.WriteNumber(Names.End, article.CodePointIndex(span.End));
    }

    private static void WriteNullableString(Utf8JsonWriter json, JsonEncodedText name, string? value)
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

    private static void WriteNullableNumber(Utf8JsonWriter json, JsonEncodedText name, double? value)
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

    // The property names, encoded once: a name given as a string is transcoded and checked on every write.
    private static class Names
    {
        public static readonly JsonEncodedText Affiliation = JsonEncodedText.Encode("affiliation");
        public static readonly JsonEncodedText Agency = JsonEncodedText.Encode("agency");
        public static readonly JsonEncodedText Authors = JsonEncodedText.Encode("authors");
        public static readonly JsonEncodedText Code = JsonEncodedText.Encode("code");
        public static readonly JsonEncodedText Counts = JsonEncodedText.Encode("counts");
        public static readonly JsonEncodedText Cue = JsonEncodedText.Encode("cue");
        public static readonly JsonEncodedText Currency = JsonEncodedText.Encode("currency");
        public static readonly JsonEncodedText Date = JsonEncodedText.Encode("date");
        public static readonly JsonEncodedText Dateline = JsonEncodedText.Encode("dateline");
        public static readonly JsonEncodedText Dates = JsonEncodedText.Encode("dates");
        public static readonly JsonEncodedText End = JsonEncodedText.Encode("end");
        public static readonly JsonEncodedText Error = JsonEncodedText.Encode("error");
        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
        public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
        public static readonly JsonEncodedText Mentions = JsonEncodedText.Encode("mentions");
        public static readonly JsonEncodedText Message = JsonEncodedText.Encode("message");
        public static readonly JsonEncodedText Metadata = JsonEncodedText.Encode("metadata");
        public static readonly JsonEncodedText Mod = JsonEncodedText.Encode("mod");
        public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
        public static readonly JsonEncodedText Officials = JsonEncodedText.Encode("officials");
        public static readonly JsonEncodedText Place = JsonEncodedText.Encode("place");
        public static readonly JsonEncodedText Published = JsonEncodedText.Encode("published");
        public static readonly JsonEncodedText Qualifier = JsonEncodedText.Encode("qualifier");
        public static readonly JsonEncodedText QuoteIds = JsonEncodedText.Encode("quote_ids");
        public static readonly JsonEncodedText Quotes = JsonEncodedText.Encode("quotes");
        public static readonly JsonEncodedText ReferenceDate = JsonEncodedText.Encode("reference_date");
        public static readonly JsonEncodedText ReferenceDateSource = JsonEncodedText.Encode("reference_date_source");
        public static readonly JsonEncodedText Rule = JsonEncodedText.Encode("rule");
        public static readonly JsonEncodedText Schema = JsonEncodedText.Encode("schema");
        public static readonly JsonEncodedText Scope = JsonEncodedText.Encode("scope");
        public static readonly JsonEncodedText Source = JsonEncodedText.Encode("source");
        public static readonly JsonEncodedText Speaker = JsonEncodedText.Encode("speaker");
        public static readonly JsonEncodedText SpeakerId = JsonEncodedText.Encode("speaker_id");
        public static readonly JsonEncodedText Start = JsonEncodedText.Encode("start");
        public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
        public static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
        public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
        public static readonly JsonEncodedText Unit = JsonEncodedText.Encode("unit");
        public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
        public static readonly JsonEncodedText ValueMax = JsonEncodedText.Encode("value_max");
    }
}
