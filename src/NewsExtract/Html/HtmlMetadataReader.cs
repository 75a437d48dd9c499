using AngleSharp.Dom;
using NewsExtract.Text;

namespace NewsExtract.Html;

/// <summary>
/// Reads a page's title, authors and publication date from the sources pages use, most trusted
/// first: JSON-LD, then meta tags (OpenGraph, article:published_time, Dublin Core, name=date, ...),
/// then microdata (itemprop), then &lt;time datetime&gt;, then the h1 and &lt;title&gt;.
/// </summary>
internal static class HtmlMetadataReader
{
    // meta name/property -> field; a name's row order is its trust within its field.
    private static readonly IReadOnlyList<string[]> MetaFields = DataFile.Rows("html_meta_fields.txt");

    public static HtmlMetadata Read(IDocument document)
    {
        var found = Collect(document);
        var jsonLd = JsonLdArticle.Read(found.JsonLd);
        var metas = found.Metas;
        metas.Sort((a, b) => a.Rank.CompareTo(b.Rank));

        var title = jsonLd?.Headline ?? First(metas, "title") ?? found.Heading ?? (document.Title is { } t ? PageLayout.Collapse(t) : null);
        var authors = jsonLd?.Authors is { Count: > 0 } listed ? listed : MetaAuthors(metas, found.ItempropAuthors);
        var published = PublishedDate.Normalise(jsonLd?.Published)
            ?? metas.Where(meta => meta.Field == "published").Select(meta => PublishedDate.Normalise(meta.Value)).FirstOrDefault(date => date is not null)
            ?? found.ItempropDates.Select(PublishedDate.Normalise).FirstOrDefault(date => date is not null)
            ?? PublishedDate.Normalise(found.PubdateTime ?? found.ArticleTime);
        return new HtmlMetadata(string.IsNullOrEmpty(title) ? null : title, authors, published);
    }

    // One walk over the elements gathers every source: pages are large and each selector query is a walk.
    private static Sources Collect(IDocument document)
    {
        var found = new Sources();
        foreach (var element in document.All)
        {
            switch (element.LocalName)
            {
                case "script" when element.GetAttribute("type")?.Trim().Equals("application/ld+json", StringComparison.OrdinalIgnoreCase) == true:
                    found.JsonLd.Add(element.TextContent);
                    break;
                case "meta":
                    AddMeta(element, found.Metas);
                    break;
                case "h1" when found.Heading is null:
                    found.Heading = PageLayout.Collapse(element.TextContent) is { Length: > 0 } heading ? heading : null;
                    break;
                case "time" when element.GetAttribute("datetime") is { } datetime:
                    // A time in the page chrome is today's, not the article's: only one marked pubdate or inside an article counts.
                    found.PubdateTime ??= element.HasAttribute("pubdate") ? datetime : null;
                    found.ArticleTime ??= element.Closest("article") is not null ? datetime : null;
                    break;
            }

            if (element.GetAttribute("itemprop") is { } itemprop)
            {
                var properties = itemprop.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (properties.Contains("datePublished"))
                {
                    found.ItempropDates.Add(element.GetAttribute("datetime") ?? element.GetAttribute("content") ?? element.TextContent);
                }
                else if (properties.Contains("author"))
                {
                    found.ItempropAuthors.Add(AuthorName(element));
                }
            }
        }

        return found;
    }

    private static void AddMeta(IElement meta, List<(string Field, string Value, int Rank)> values)
    {
        var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
        var content = meta.GetAttribute("content") is { } raw ? PageLayout.Collapse(raw) : string.Empty;
        if (key is null || content.Length == 0)
        {
            return;
        }

        key = key.Trim();
        for (var rank = 0; rank < MetaFields.Count; rank++)
        {
            if (string.Equals(MetaFields[rank][0], key, StringComparison.OrdinalIgnoreCase))
            {
                values.Add((MetaFields[rank][1], content, rank));
                return;
            }
        }
    }

    private static string? First(List<(string Field, string Value, int Rank)> metas, string field) =>
        metas.Where(meta => meta.Field == field).Select(meta => meta.Value).FirstOrDefault();

    private static List<string> MetaAuthors(List<(string Field, string Value, int Rank)> metas, List<string> itempropAuthors)
    {
        var authors = new List<string>();
        foreach (var name in metas.Where(meta => meta.Field == "author").Select(meta => meta.Value).Concat(itempropAuthors))
        {
            // article:author is often a profile URL, not a name.
            if (name.Length is > 0 and <= 100 && !name.Contains("://", StringComparison.Ordinal) && !authors.Contains(name))
            {
                authors.Add(name);
            }
        }

        return authors;
    }

    private static string AuthorName(IElement element) =>
        PageLayout.Collapse(element.QuerySelector("[itemprop~=name]") is { } name ? name.GetAttribute("content") ?? name.TextContent : element.GetAttribute("content") ?? element.TextContent);

    private sealed class Sources
    {
        public List<string> JsonLd { get; } = [];

        public List<(string Field, string Value, int Rank)> Metas { get; } = [];

        public List<string> ItempropDates { get; } = [];

        public List<string> ItempropAuthors { get; } = [];

        public string? Heading { get; set; }

        public string? PubdateTime { get; set; }

        public string? ArticleTime { get; set; }
    }
}
