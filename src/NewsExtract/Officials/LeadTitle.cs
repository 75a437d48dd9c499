using NewsExtract.Text;

namespace NewsExtract.Officials;

/// <summary>
/// News leads often give the role first and the name after: "..., the Trade and Industry Secretary has
/// said." then "Patricia Hewitt said ...". A person first named at the opening of the sentence right
/// after such a bare role ("the &lt;role&gt;" followed by no name) takes that role.
/// </summary>
internal static class LeadTitle
{
    public static Role Find(Article article, IReadOnlyList<TokenView> views, NameCandidate first)
    {
        var v = first.View;
        var opening = first.Honorific >= 0 ? first.Honorific : first.CoreStart;
        if (!v[opening].SentenceStart || article.SentenceAt(first.MentionStart) is not { Index: > 0 } sentence)
        {
            return Role.None;
        }

        var previous = article.Sentences[sentence.Index - 1].Span;
        foreach (var view in views)
        {
            if (view.Count == 0 || view[0].Start > previous.Start || view[view.Count - 1].End < previous.Start || view.MentionOnly)
            {
                continue;
            }

            for (var i = 0; i < view.Count; i++)
            {
                if (view[i].Start < previous.Start || view[i].End > previous.End || !view.IsWord(i) || !view.Word(i).Equals("the", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var j = i + 1;
                var head = -1;
                while (view.IsWord(j) && !view[j].Possessive && (OfficialLexicon.IsTitleWord(view.Word(j)) || (view.Word(j) is "and" && head < 0)))
                {
                    if (OfficialLexicon.IsTitleHead(view.Word(j)))
                    {
                        head = j;
                    }

                    j++;
                }

                // The role must stand alone: no name after it, and a singular head.
                if (head == j - 1 && head > i && !view.IsCapitalised(j) && !view.Word(head).EndsWith('s') && j - i <= 5)
                {
                    return new Role(view.Slice(i + 1, head), null);
                }
            }
        }

        return Role.None;
    }
}
