using System.Globalization;
using System.Text.Json;

namespace NewsExtract.Evaluation;

/// <summary>One gold file (format: shared/gold/README.md), kept as parsed JSON.</summary>
public sealed class GoldArticle
{
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

    /// <summary>Reads a gold file; throws <see cref="IOException"/> or <see cref="JsonException"/> when it cannot.</summary>
    public static GoldArticle Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("gold file is not a JSON object");
        }

        return new GoldArticle(path, document.RootElement.Clone());
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
