using System.Net;
using System.Text.Json;
using NewsExtract.Text;

namespace NewsExtract.Html;

/// <summary>
/// Reads schema.org JSON-LD blocks for the object that describes the article (NewsArticle, Article, ...,
/// at the top, in an array or inside @graph): its headline, datePublished, dateModified and authors.
/// Malformed blocks are ignored: pages get them wrong often.
/// </summary>
internal static class JsonLdArticle
{
    private static readonly IReadOnlyList<string> Types = [.. DataFile.Rows("html_article_types.txt").Select(row => row[0])];
    private static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    public sealed record Found(string? Headline, string? Published, string? Modified, IReadOnlyList<string> Authors);

    /// <summary>The article object of the most specific type among the blocks, or null.</summary>
    public static Found? Read(IEnumerable<string> blocks)
    {
        Found? best = null;
        var bestRank = int.MaxValue;
        foreach (var block in blocks)
        {
            try
            {
                using var document = JsonDocument.Parse(block, Lenient);
                foreach (var item in Objects(document.RootElement))
                {
                    var rank = Rank(item);
                    if (rank < bestRank)
                    {
                        bestRank = rank;
                        best = new Found(Text(item, "headline") ?? Text(item, "name"), Text(item, "datePublished"), Text(item, "dateModified"), Authors(item));
                    }
                }
            }
            catch (JsonException)
            {
                // A broken block says nothing reliable; the page's other sources may.
            }
        }

        return best;
    }

    // The top value, array items and @graph members: where pages put their objects.
    private static IEnumerable<JsonElement> Objects(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in root.EnumerateArray())
            {
                foreach (var inner in Objects(item))
                {
                    yield return inner;
                }
            }
        }
        else if (root.ValueKind == JsonValueKind.Object)
        {
            yield return root;
            if (root.TryGetProperty("@graph", out var graph) && graph.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in graph.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.Object)
                    {
                        yield return item;
                    }
                }
            }
        }
    }

    private static int Rank(JsonElement item)
    {
        if (!item.TryGetProperty("@type", out var type))
        {
            return int.MaxValue;
        }

        var rank = int.MaxValue;
        var names = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().ToList() : [type];
        foreach (var name in names)
        {
            if (name.ValueKind == JsonValueKind.String)
            {
                var index = IndexOf(name.GetString()!);
                rank = index >= 0 ? Math.Min(rank, index) : rank;
            }
        }

        return rank;
    }

    private static int IndexOf(string type)
    {
        var bare = type.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? type[(type.LastIndexOf('/') + 1)..] : type;
        for (var i = 0; i < Types.Count; i++)
        {
            if (string.Equals(Types[i], bare, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static string? Text(JsonElement item, string property) =>
        item.TryGetProperty(property, out var value) ? Text(value) : null;

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        // Pages often HTML-escape JSON-LD strings as well ("&#8211;"): decode that second layer.
        JsonValueKind.String => PageLayout.Collapse(WebUtility.HtmlDecode(value.GetString()!)) is { Length: > 0 } text ? text : null,
        JsonValueKind.Array => value.EnumerateArray().Select(Text).FirstOrDefault(text => text is not null),
        _ => null,
    };

    private static List<string> Authors(JsonElement item)
    {
        var authors = new List<string>();
        if (item.TryGetProperty("author", out var author))
        {
            var entries = author.ValueKind == JsonValueKind.Array ? author.EnumerateArray().ToList() : [author];
            foreach (var entry in entries)
            {
                var name = entry.ValueKind == JsonValueKind.Object ? Text(entry, "name") : Text(entry);
                if (name is not null && !authors.Contains(name))
                {
                    authors.Add(name);
                }
            }
        }

        return authors;
    }
}
