using NewsExtract.Text;

namespace NewsExtract.Dates.Tagging;

/// <summary>
/// Stage one: runs every rule over the article's prose and keeps, among overlapping matches, the
/// longest (then the rule listed first), as underspecified mentions with the tense of their sentence.
/// </summary>
internal static class MentionExtractor
{
    public static List<DateMention> Extract(Article article)
    {
        var text = article.Text;
        var candidates = new List<DateMention>();
        var priority = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var rule in DatePatterns.Rules)
        {
            priority[rule.Id] = rule.Priority;
            // The DFA finds the spans cheaply; groups are read only inside each span found.
            foreach (var found in rule.Regex.EnumerateMatches(text))
            {
                if (!article.IsInProse(found.Index))
                {
                    continue;
                }

                var match = rule.Regex.Match(text, found.Index, found.Length);

                var mention = MentionReader.Read(article, rule, match);
                if (mention is not null && SameParagraph(article, mention.Span))
                {
                    candidates.Add(mention);
                }
            }
        }

        candidates.Sort((a, b) => a.Span.Length != b.Span.Length ? b.Span.Length.CompareTo(a.Span.Length)
            : a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start)
            : priority[a.Rule].CompareTo(priority[b.Rule]));
        var kept = new List<DateMention>();
        foreach (var candidate in candidates)
        {
            if (!kept.Exists(k => k.Span.Overlaps(candidate.Span)))
            {
                kept.Add(candidate);
            }
        }

        kept.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        for (var i = 0; i < kept.Count; i++)
        {
            var sentence = article.SentenceAt(kept[i].Span.Start);
            if (sentence is not null)
            {
                kept[i] = kept[i] with { Tense = TenseDetector.Detect(text, sentence.Span, kept[i].Span) };
            }
        }

        return kept;
    }

    private static bool SameParagraph(Article article, TextSpan span) =>
        article.ParagraphAt(span.Start) is { } paragraph && paragraph.Span.Contains(span);
}
