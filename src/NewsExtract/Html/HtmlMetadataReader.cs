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
        var jsonLd = JsonLdArticle.Read(document.QuerySelectorAll("script[type]")
            .Where(script => script.GetAttribute("type")!.Trim().Equals("application/ld+json", StringComparison.OrdinalIgnoreCase))
            .Select(script => script.TextContent));
        var metas = MetaValues(document);

        var title = jsonLd?.Headline ?? First(metas, "title") ?? Heading(document) ?? (document.Title is { } t ? PageLayout.Collapse(t) : null);
        var authors = jsonLd?.Authors is { Count: > 0 } found ? found : MetaAuthors(document, metas);
        var published = PublishedDate.Normalise(jsonLd?.Published)
            ?? metas.Where(meta => meta.Field == "published").Select(meta => PublishedDate.Normalise(meta.Value)).FirstOrDefault(date => date is not null)
            ?? Microdata(document, "datePublished")
            ?? TimeElement(document);
        return new HtmlMetadata(string.IsNullOrEmpty(title) ? null : title, authors, published);
    }

    private static List<(string Field, string Value, int Rank)> MetaValues(IDocument document)
    {
        var values = new List<(string Field, string Value, int Rank)>();
        foreach (var meta in document.QuerySelectorAll("meta[content]"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            var content = PageLayout.Collapse(meta.GetAttribute("content")!);
            if (key is null || content.Length == 0)
            {
                continue;
            }

            for (var rank = 0; rank < MetaFields.Count; rank++)
            {
                if (string.Equals(MetaFields[rank][0], key.Trim(), StringComparison.OrdinalIgnoreCase))
                {
                    values.Add((MetaFields[rank][1], content, rank));
                    break;
                }
            }
        }

        values.Sort((a, b) => a.Rank.CompareTo(b.Rank));
        return values;
    }

    private static string? First(List<(string Field, string Value, int Rank)> metas, string field) =>
        metas.Where(meta => meta.Field == field).Select(meta => meta.Value).FirstOrDefault();

    private static List<string> MetaAuthors(IDocument document, List<(string Field, string Value, int Rank)> metas)
    {
        var names = metas.Where(meta => meta.Field == "author").Select(meta => meta.Value)
            .Concat(document.QuerySelectorAll("[itemprop~=author]").Select(AuthorName));
        var authors = new List<string>();
        foreach (var name in names)
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

    private static string? Microdata(IDocument document, string property) =>
        document.QuerySelectorAll($"[itemprop~={property}]")
            .Select(element => PublishedDate.Normalise(element.GetAttribute("datetime") ?? element.GetAttribute("content") ?? element.TextContent))
            .FirstOrDefault(date => date is not null);

    // A time marked pubdate, else the first time in the article element: a time in the page chrome is today's, not the article's.
    private static string? TimeElement(IDocument document)
    {
        var time = document.QuerySelector("time[pubdate][datetime]") ?? document.QuerySelector("article time[datetime]");
        return PublishedDate.Normalise(time?.GetAttribute("datetime"));
    }

    private static string? Heading(IDocument document) =>
        document.Body?.QuerySelector("h1") is { } h1 && PageLayout.Collapse(h1.TextContent) is { Length: > 0 } text ? text : null;
}
