using System.Text.RegularExpressions;
using NewsExtract.Text;

namespace NewsExtract.Dates;

/// <summary>
/// The extraction pass: runs the rules of Data/dates_rules.txt over every prose paragraph, keeps the
/// longest of overlapping matches, and writes each as an underspecified <see cref="DateMention"/>
/// with the tense of its sentence. Resolution against a reference date is <see cref="DateResolver"/>'s.
/// </summary>
internal static class DateExtractor
{
    public static IReadOnlyList<DateMention> Extract(Article article)
    {
        var text = article.Text;
        var candidates = new List<Candidate>();
        var matches = new List<(int, Match)>();
        foreach (var paragraph in article.Paragraphs)
        {
            article.Cancellation.ThrowIfCancellationRequested();
            if (paragraph.IsProse)
            {
                FindCandidates(text, paragraph.Span, matches, candidates, article.Cancellation);
            }
        }

        // The longest match wins; between equally long ones, the rule listed first.
        candidates.Sort(static (a, b) => a.Span.Length != b.Span.Length
            ? b.Span.Length.CompareTo(a.Span.Length)
            : a.Rule.Order != b.Rule.Order ? a.Rule.Order.CompareTo(b.Rule.Order) : a.Span.Start.CompareTo(b.Span.Start));
        // Characters already claimed by a kept match: each check costs the candidate's length, not the
        // number of matches kept so far, so long articles stay linear.
        var claimed = new System.Collections.BitArray(text.Length);
        var taken = new List<Candidate>();
        foreach (var candidate in candidates)
        {
            if (!IsClaimed(claimed, candidate.Span))
            {
                taken.Add(candidate);
                for (var i = candidate.Span.Start; i < candidate.Span.End; i++)
                {
                    claimed[i] = true;
                }
            }
        }

        taken.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var markings = new Dictionary<int, TenseMarks>();
        var mentions = new List<DateMention>(taken.Count);
        foreach (var candidate in taken)
        {
            if (candidate.Rule.Removes)
            {
                continue;
            }

            var value = DateTemplate.Fill(candidate.Rule.Value, candidate.Match);
            var mod = candidate.Rule.Mod is { } modTemplate ? DateTemplate.Fill(modTemplate, candidate.Match) : null;
            if (value is null)
            {
                continue;
            }

            var sentence = article.SentenceAt(candidate.Span.Start);
            var tense = Tense.None;
            // Only a value with unknown parts (XXXX-06-02, XXXX-WXX-5) is resolved by tense, so
            // only its sentence's markers are read.
            if (sentence is not null && value.Contains('X'))
            {
                if (!markings.TryGetValue(sentence.Index, out var marks))
                {
                    marks = TenseDetector.Markings(text, sentence.Span);
                    markings[sentence.Index] = marks;
                }

                tense = marks.Nearest(candidate.Span);
            }

            mentions.Add(new DateMention(candidate.Span, article.Slice(candidate.Span), candidate.Rule.Type, value,
                string.IsNullOrEmpty(mod) ? null : mod, candidate.Rule.Id, tense, sentence?.Index ?? -1));
        }

        return mentions;
    }

    // The paragraph is the whole input to the rules, so lookbehinds and ^ stop at its start.
    private static void FindCandidates(string text, TextSpan span, List<(int Expression, Match Match)> matches, List<Candidate> candidates, CancellationToken cancellation)
    {
        matches.Clear();
        DateRules.Scanner.Scan(text.Substring(span.Start, span.Length), matches, cancellation);
        foreach (var (ruleIndex, match) in matches)
        {
            var group = match.Groups["t"] is { Success: true } t ? t : (Group)match;
            if (group.Length > 0)
            {
                candidates.Add(new Candidate(DateRules.All[ruleIndex], match, new TextSpan(span.Start + group.Index, span.Start + group.Index + group.Length)));
            }
        }
    }

    private static bool IsClaimed(System.Collections.BitArray claimed, TextSpan span)
    {
        for (var i = span.Start; i < span.End; i++)
        {
            if (claimed[i])
            {
                return true;
            }
        }

        return false;
    }

    private sealed record Candidate(DateRule Rule, Match Match, TextSpan Span);
}
