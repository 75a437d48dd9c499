namespace NewsExtract.Html;

/// <summary>
/// Finds the article body among a page's text blocks, in the manner of Readability: every paragraph
/// of prose scores its container (and, less, the containers above), so the element that directly
/// holds most of the prose wins over a page wrapper that merely holds everything; a container's score
/// shrinks with its share of link text and grows or shrinks with what its class and id say. Sibling
/// parts of a split body are then taken in when they score close to the winner or are prose themselves.
/// Anything inside an element whose class or id names chrome (comments, sharing, related stories) is
/// left out, unless that element holds most of the page's prose (a badly named wrapper).
/// </summary>
internal static class MainContent
{
    // A block shorter than this is a fragment (a label, a date, a button), not a paragraph that scores.
    private const int ScoringLength = 25;

    // Blocks mostly made of links are navigation, wherever they are.
    private const double MaxLinkDensity = 0.5;

    private const double ChromeMaxProseShare = 0.5;
    private const double HintBonus = 25;
    private const double SiblingShare = 0.2;
    private const int ProseSiblingLength = 80;
    private const int TopCount = 5;
    private const double AlikeShare = 0.75;
    private const int MinAlike = 3;

    public static IReadOnlyList<TextBlock> Select(PageLayout layout)
    {
        var count = layout.Elements.Count;
        if (count == 0)
        {
            return [];
        }

        var weights = new int[count];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            weights[i] = HtmlHints.Weight(layout.Elements[i], seen);
        }

        var removed = ChromeElements(layout, weights);
        var scores = Scores(layout, weights, removed);
        var best = BetterTop(layout, scores, TopCandidates(scores));
        var included = new bool[count];
        if (best < 0)
        {
            // No paragraph long enough to score anywhere (a one-line page): the whole body, minus chrome.
            included[0] = true;
        }
        else
        {
            IncludeWithSiblings(layout, scores, best, included);
        }

        // Inclusion flows down the tree: parents precede children.
        for (var i = 1; i < count; i++)
        {
            included[i] |= layout.Parents[i] >= 0 && included[layout.Parents[i]];
        }

        return [.. layout.Blocks.Where(block => included[block.Owner] && !removed[block.Owner] && block.LinkDensity <= MaxLinkDensity)];
    }

    /// <summary>Readability's score per element; NaN for elements no paragraph scored.</summary>
    private static double[] Scores(PageLayout layout, int[] weights, bool[] removed)
    {
        var count = layout.Elements.Count;
        var scores = new double[count];
        Array.Fill(scores, double.NaN);
        foreach (var block in layout.Blocks)
        {
            if (removed[block.Owner] || block.IsHeading || block.Text.Length < ScoringLength)
            {
                continue;
            }

            var score = 1 + Commas(block.Text) + Math.Min(block.Text.Length / 100, 3);
            var element = block.Owner;
            for (var level = 0; level < 4 && element >= 0; level++)
            {
                // The paragraph's own element counts as its container when it holds text directly (a div of text).
                if (double.IsNaN(scores[element]))
                {
                    scores[element] = InitialScore(layout.Elements[element].LocalName) + (weights[element] * HintBonus);
                }

                scores[element] += level switch { 0 => score, 1 => score, 2 => score / 2.0, _ => score / ((level - 1) * 3.0) };
                element = layout.Parents[element];
            }
        }

        var (text, links) = TextAndLinks(layout);
        for (var i = 0; i < count; i++)
        {
            if (!double.IsNaN(scores[i]))
            {
                scores[i] = removed[i] ? double.NaN : scores[i] * (1 - (text[i] == 0 ? 0 : links[i] / text[i]));
            }
        }

        return scores;
    }

    private static List<int> TopCandidates(double[] scores)
    {
        var top = new List<int>(TopCount + 1);
        for (var i = 0; i < scores.Length; i++)
        {
            if (double.IsNaN(scores[i]))
            {
                continue;
            }

            var at = top.FindIndex(other => scores[other] < scores[i]);
            top.Insert(at < 0 ? top.Count : at, i);
            if (top.Count > TopCount)
            {
                top.RemoveAt(TopCount);
            }
        }

        return top;
    }

    /// <summary>
    /// Readability's corrections of the best-scoring element: a body cut into many small boxes
    /// (one paragraph each) makes several boxes score alike, so their common ancestor is the body;
    /// an ancestor scoring higher on the way up holds more of it; an only child stands for its parent.
    /// </summary>
    private static int BetterTop(PageLayout layout, double[] scores, List<int> top)
    {
        if (top.Count == 0)
        {
            return -1;
        }

        var best = top[0];
        var alike = top.Skip(1).Where(other => scores[other] >= AlikeShare * scores[best]).Select(other => Ancestors(layout, other)).ToList();
        if (alike.Count >= MinAlike)
        {
            for (var parent = layout.Parents[best]; parent > 0; parent = layout.Parents[parent])
            {
                if (alike.Count(ancestors => ancestors.Contains(parent)) >= MinAlike)
                {
                    best = parent;
                    break;
                }
            }
        }

        var lastScore = scores[best];
        var threshold = lastScore / 3;
        for (var parent = layout.Parents[best]; parent > 0; parent = layout.Parents[parent])
        {
            if (double.IsNaN(scores[parent]))
            {
                continue;
            }

            if (scores[parent] < threshold)
            {
                break;
            }

            if (scores[parent] > lastScore)
            {
                best = parent;
                break;
            }

            lastScore = scores[parent];
        }

        while (layout.Parents[best] > 0 && layout.Elements[layout.Parents[best]].ChildElementCount == 1)
        {
            best = layout.Parents[best];
        }

        return best;
    }

    private static HashSet<int> Ancestors(PageLayout layout, int element)
    {
        var ancestors = new HashSet<int>();
        for (var parent = layout.Parents[element]; parent >= 0; parent = layout.Parents[parent])
        {
            ancestors.Add(parent);
        }

        return ancestors;
    }

    private static void IncludeWithSiblings(PageLayout layout, double[] scores, int best, bool[] included)
    {
        included[best] = true;
        var parent = layout.Parents[best];
        if (parent < 0)
        {
            return;
        }

        var threshold = Math.Max(10, scores[best] * SiblingShare);
        var (text, links) = TextAndLinks(layout);
        for (var i = parent + 1; i < layout.Elements.Count; i++)
        {
            if (layout.Parents[i] != parent || i == best)
            {
                continue;
            }

            var isProse = text[i] >= ProseSiblingLength && links[i] / text[i] < 0.25;
            if ((!double.IsNaN(scores[i]) && scores[i] >= threshold) || (layout.Elements[i].LocalName == "p" && isProse))
            {
                included[i] = true;
            }
        }
    }

    private static (double[] Text, double[] Links) TextAndLinks(PageLayout layout)
    {
        var text = new double[layout.Elements.Count];
        var links = new double[layout.Elements.Count];
        foreach (var block in layout.Blocks)
        {
            text[block.Owner] += block.Text.Length;
            links[block.Owner] += block.LinkLength;
        }

        SumUp(layout, text);
        SumUp(layout, links);
        return (text, links);
    }

    private static int InitialScore(string tag) => tag switch
    {
        "div" or "article" or "main" or "section" => 5,
        "pre" or "td" or "blockquote" => 3,
        "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
        _ => 0,
    };

    private static int Commas(string text)
    {
        var commas = 0;
        foreach (var c in text)
        {
            commas += c is ',' or '，' or '、' ? 1 : 0;
        }

        return commas;
    }

    /// <summary>Elements inside an element whose class or id names page chrome, unless it holds most of the prose.</summary>
    private static bool[] ChromeElements(PageLayout layout, int[] weights)
    {
        var count = layout.Elements.Count;
        var prose = new double[count];
        foreach (var block in layout.Blocks)
        {
            if (block.Text.Length >= ScoringLength && block.LinkDensity < MaxLinkDensity)
            {
                prose[block.Owner] += block.Text.Length;
            }
        }

        SumUp(layout, prose);
        var removed = new bool[count];
        for (var i = 0; i < count; i++)
        {
            var parent = layout.Parents[i];
            removed[i] = (parent >= 0 && removed[parent]) || (i > 0 && weights[i] < 0 && prose[i] <= ChromeMaxProseShare * prose[0]);
        }

        return removed;
    }

    // Elements come in document order, so every parent precedes its children: one backward pass sums subtrees.
    private static void SumUp(PageLayout layout, double[] values)
    {
        for (var i = values.Length - 1; i > 0; i--)
        {
            var parent = layout.Parents[i];
            if (parent >= 0)
            {
                values[parent] += values[i];
            }
        }
    }
}
