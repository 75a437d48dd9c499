using System.Globalization;
using System.Text.Json;

namespace NewsExtract.Evaluation;

/// <summary>One gold file (format: shared/gold/README.md), kept as parsed JSON.</summary>
public sealed class GoldArticle
{
    public const string TimeMlExtension = ".tml";

    private readonly JsonElement _root;

    internal GoldArticle(string path, JsonElement root)
    {
        Path = path;
        _root = root;
        Key = ArticleKey.Of(System.IO.Path.GetFileName(path));
        Source = PyJson.StringOrEmpty(PyJson.Get(root, "source"));
        ReferenceDate = ParseDate(PyJson.StringOrEmpty(PyJson.Get(root, "reference_date")));
    }

    public string Path { get; }

    /// <summary>The file name without ".gold.json": the article's name in error lines.</summary>
    public string Key { get; }

    /// <summary>The article's path relative to its corpus, "" when absent.</summary>
    public string Source { get; }

    public DateOnly? ReferenceDate { get; }

    /// <summary>
    /// Reads a gold file (or a TimeML .tml file, as date gold); throws <see cref="IOException"/>,
    /// <see cref="JsonException"/> or <see cref="System.Xml.XmlException"/> when it cannot.
    /// </summary>
    public static GoldArticle Load(string path)
    {
        if (path.EndsWith(TimeMlExtension, StringComparison.Ordinal))
        {
            using var stream = File.OpenRead(path);
            return FromTimeMl(path, TimeMlDocument.Read(stream));
        }

        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("gold file is not a JSON object");
        }

        return new GoldArticle(path, document.RootElement.Clone());
    }

    /// <summary>The gold a TimeML file implies: its TIMEX3s as required dates, its DCT as reference date.</summary>
    public static GoldArticle FromTimeMl(string path, TimeMlDocument document)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("source", System.IO.Path.GetFileName(path));
            if (document.ReferenceDate is { } date)
            {
                json.WriteString("reference_date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
            else
            {
                json.WriteNull("reference_date");
            }

            json.WriteStartArray("dates");
            foreach (var timex in document.Timexes)
            {
                json.WriteStartObject();
                json.WriteString("text", timex.Text);
                json.WriteNumber("start", timex.Start);
                json.WriteNumber("end", timex.End);
                json.WriteString("type", timex.Type);
                json.WriteString("value", timex.Value);
                json.WriteBoolean("required", true);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        using var parsed = JsonDocument.Parse(buffer.WrittenMemory);
        return new GoldArticle(path, parsed.RootElement.Clone());
    }

    /// <summary>Spanned items of dates, counts or quotes; an error message when one lacks a numeric start or end.</summary>
    internal (IReadOnlyList<GoldItem> Items, string? Error) SpannedItems(string kind)
    {
        var items = new List<GoldItem>();
        var list = ListOf(kind, out var error);
        foreach (var item in list)
        {
            if (CodePointSpan.OfGold(item) is not { } span)
            {
                return ([], $"{kind} item {PyJson.Repr(PyJson.Get(item, "text"))} has no numeric start and end");
            }

            items.Add(new GoldItem(item, span));
        }

        return (items, error);
    }

    internal (IReadOnlyList<GoldOfficial> Items, string? Error) Officials()
    {
        var officials = new List<GoldOfficial>();
        var list = ListOf("officials", out var error);
        foreach (var official in list)
        {
            var mentions = new List<CodePointSpan>();
            var mentionList = PyJson.Get(official, "mentions") is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray().ToList() : [];
            foreach (var mention in mentionList)
            {
                if (CodePointSpan.OfGold(mention) is not { } span)
                {
                    return ([], $"official {PyJson.Repr(PyJson.Get(official, "name"))} has a mention without numeric start and end");
                }

                mentions.Add(span);
            }

            officials.Add(new GoldOfficial(official, mentions));
        }

        return (officials, error);
    }

    // g.get(kind, []): a missing or null list is empty; anything but a list of objects is an error.
    private List<JsonElement> ListOf(string kind, out string? error)
    {
        error = null;
        var list = PyJson.Get(_root, kind);
        if (PyJson.IsNone(list))
        {
            return [];
        }

        if (list!.Value.ValueKind != JsonValueKind.Array || list.Value.EnumerateArray().Any(i => i.ValueKind != JsonValueKind.Object))
        {
            error = $"\"{kind}\" is not a list of objects";
            return [];
        }

        return list.Value.EnumerateArray().ToList();
    }

    private static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
