using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using NewsExtract.Text;

namespace NewsExtract.Output;

/// <summary>
/// Writes one CSV row per extracted item (RFC 4180, header first), columns as in the output contract
/// plus <c>rule</c> and <c>id</c> at the end. A failed input gives one row of kind <c>error</c>.
/// </summary>
public sealed class CsvArticleWriter : IDisposable
{
    public static readonly string[] Columns =
        ["source", "kind", "text", "start", "end", "type", "value", "qualifier", "unit", "name", "title", "affiliation", "speaker", "cue", "rule", "id"];

    private readonly CsvWriter _csv;

    public CsvArticleWriter(TextWriter writer)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            NewLine = "\n",
            // Cells starting with = + - @ tab or CR are prefixed with ' so spreadsheets show them as text.
            InjectionOptions = InjectionOptions.Escape,
        };
        _csv = new CsvWriter(writer, configuration, leaveOpen: true);
    }

    public void WriteHeader()
    {
        foreach (var column in Columns)
        {
            _csv.WriteField(column);
        }

        _csv.NextRecord();
    }

    public void Write(ArticleResult result, OutputOptions options)
    {
        if (result.Error is { } error)
        {
            Row(result.Source, "error", error.Message, null, null, error.Code);
            return;
        }

        var article = result.Article!;
        var facts = result.Facts!;
        if (options.Kinds.HasFlag(FactKinds.Dates))
        {
            foreach (var date in facts.Dates)
            {
                Row(result.Source, "date", date.Text, article, date.Span, date.Type, date.Value, rule: date.Rule);
            }
        }

        if (options.Kinds.HasFlag(FactKinds.Counts))
        {
            foreach (var count in facts.Counts)
            {
                Row(result.Source, "count", count.Text, article, count.Span, count.Kind, Number(count.Value),
                    count.Qualifier, count.Unit, rule: count.Rule);
            }
        }

        if (options.Kinds.HasFlag(FactKinds.Officials))
        {
            foreach (var official in facts.Officials)
            {
                var first = official.Mentions.Count > 0 ? official.Mentions[0] : null;
                Row(result.Source, "official", first?.Text ?? official.Name, article, first?.Span, null, null, null, null,
                    official.Name, official.Title, official.Affiliation, rule: official.Rule, id: official.Id);
            }
        }

        if (options.Kinds.HasFlag(FactKinds.Quotes))
        {
            var ids = QuoteIds.For(facts);
            for (var i = 0; i < facts.Quotes.Count; i++)
            {
                var quote = facts.Quotes[i];
                Row(result.Source, "quote", quote.Text, article, quote.Span, quote.Type, speaker: quote.Speaker,
                    cue: quote.Cue, rule: quote.Rule, id: ids[i]);
            }
        }
    }

    public void Flush() => _csv.Flush();

    public void Dispose() => _csv.Dispose();

    // CsvHelper guards a cell starting with = + - @ tab or CR with a '. A value that starts with
    // apostrophes and then one of those ("'=x") gets one more, so that stripping one ' from every cell
    // of that shape gives back every value (docs/output.md).
    private void Field(string? value) =>
        _csv.WriteField(value is ['\'', ..] && value.AsSpan().TrimStart('\'') is [var first, ..] && InjectionCharacters.Contains(first) ? "'" + value : value);

    private static readonly char[] InjectionCharacters = ['=', '+', '-', '@', '\t', '\r'];

    private static string? Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    private void Row(
        string source, string kind, string text, Article? article, TextSpan? span, string? type,
        string? value = null, string? qualifier = null, string? unit = null, string? name = null,
        string? title = null, string? affiliation = null, string? speaker = null, string? cue = null,
        string? rule = null, string? id = null)
    {
        Field(source);
        Field(kind);
        Field(text);
        Field(span is { } s && article is not null ? article.CodePointIndex(s.Start).ToString(CultureInfo.InvariantCulture) : null);
        Field(span is { } e && article is not null ? article.CodePointIndex(e.End).ToString(CultureInfo.InvariantCulture) : null);
        Field(type);
        Field(value);
        Field(qualifier);
        Field(unit);
        Field(name);
        Field(title);
        Field(affiliation);
        Field(speaker);
        Field(cue);
        Field(rule);
        Field(id);
        _csv.NextRecord();
    }
}
