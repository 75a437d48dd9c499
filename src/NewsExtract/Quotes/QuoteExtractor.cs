using NewsExtract.Officials;
using NewsExtract.Text;

namespace NewsExtract.Quotes;

/// <summary>Finds quotations and reported speech and attributes them to speakers.</summary>
internal static class QuoteExtractor
{
    public static IReadOnlyList<QuoteFact> Extract(Article article, IReadOnlyList<OfficialFact> officials)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(officials);
        var resolver = new SpeakerResolver(article, officials);
        var attributor = new QuoteAttributor(article, resolver);
        var view = ParagraphView.For(article.Text);
        var facts = new List<QuoteFact>();
        foreach (var paragraph in article.Paragraphs)
        {
            article.Cancellation.ThrowIfCancellationRequested();
            // Captions repeated by the page and other non-prose lines yield nothing.
            if (!paragraph.IsProse)
            {
                continue;
            }

            view.Load(paragraph);
            attributor.Extract(view, facts);
        }

        facts.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.End.CompareTo(b.Span.End));
        return facts;
    }
}
