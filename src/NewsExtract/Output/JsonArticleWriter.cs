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

    public static void Write(Utf8JsonWriter json, ArticleResult result, OutputOptions options) =>
        WriteTo(new Utf8JsonSink(json), result, options);

    /// <summary>Writes one compact record, as <see cref="Write(Utf8JsonWriter, ArticleResult, OutputOptions)"/> would with <c>indented: false</c>.</summary>
    internal static void Write(CompactJsonWriter json, ArticleResult result, OutputOptions options) =>
        WriteTo(new CompactJsonSink(json), result, options);

    private static void WriteTo<TJson>(TJson json, ArticleResult result, OutputOptions options)
        where TJson : struct, IJsonSink
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

    private static void WriteDates<TJson>(TJson json, Article article, ArticleFacts facts)
        where TJson : struct, IJsonSink
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

    private static void WriteCounts<TJson>(TJson json, Article article, ArticleFacts facts)
        where TJson : struct, IJsonSink
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

    private static void WriteOfficials<TJson>(TJson json, Article article, ArticleFacts facts, IReadOnlyList<string> quoteIds)
        where TJson : struct, IJsonSink
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

    private static void WriteQuotes<TJson>(TJson json, Article article, ArticleFacts facts, IReadOnlyList<string> quoteIds)
        where TJson : struct, IJsonSink
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

    private static void WriteSpan<TJson>(TJson json, Article article, string text, TextSpan span)
        where TJson : struct, IJsonSink
    {
        json.WriteString(Names.Text, text);
        json.WriteNumber(Names.Start, article.CodePointIndex(span.Start));
        json.WriteNumber(Names.End, article.CodePointIndex(span.End));
    }

    private static void WriteNullableString<TJson>(TJson json, JsonName name, string? value)
        where TJson : struct, IJsonSink
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

    private static void WriteNullableNumber<TJson>(TJson json, JsonName name, double? value)
        where TJson : struct, IJsonSink
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

    private static class Names
    {
        public static readonly JsonName Affiliation = new("affiliation");
        public static readonly JsonName Agency = new("agency");
        public static readonly JsonName Authors = new("authors");
        public static readonly JsonName Code = new("code");
        public static readonly JsonName Counts = new("counts");
        public static readonly JsonName Cue = new("cue");
        public static readonly JsonName Currency = new("currency");
        public static readonly JsonName Date = new("date");
        public static readonly JsonName Dateline = new("dateline");
        public static readonly JsonName Dates = new("dates");
        public static readonly JsonName End = new("end");
        public static readonly JsonName Error = new("error");
        public static readonly JsonName Id = new("id");
        public static readonly JsonName Kind = new("kind");
        public static readonly JsonName Mentions = new("mentions");
        public static readonly JsonName Message = new("message");
        public static readonly JsonName Metadata = new("metadata");
        public static readonly JsonName Mod = new("mod");
        public static readonly JsonName Name = new("name");
        public static readonly JsonName Officials = new("officials");
        public static readonly JsonName Place = new("place");
        public static readonly JsonName Published = new("published");
        public static readonly JsonName Qualifier = new("qualifier");
        public static readonly JsonName QuoteIds = new("quote_ids");
        public static readonly JsonName Quotes = new("quotes");
        public static readonly JsonName ReferenceDate = new("reference_date");
        public static readonly JsonName ReferenceDateSource = new("reference_date_source");
        public static readonly JsonName Rule = new("rule");
        public static readonly JsonName Schema = new("schema");
        public static readonly JsonName Scope = new("scope");
        public static readonly JsonName Source = new("source");
        public static readonly JsonName Speaker = new("speaker");
        public static readonly JsonName SpeakerId = new("speaker_id");
        public static readonly JsonName Start = new("start");
        public static readonly JsonName Text = new("text");
        public static readonly JsonName Title = new("title");
        public static readonly JsonName Type = new("type");
        public static readonly JsonName Unit = new("unit");
        public static readonly JsonName Value = new("value");
        public static readonly JsonName ValueMax = new("value_max");
    }
}
