namespace NewsExtract.Evaluation;

/// <summary>The kinds score.py knows, in its default order, and the parsing of --only.</summary>
public static class EvaluationKinds
{
    public const string Dates = "dates";
    public const string Counts = "counts";
    public const string Officials = "officials";
    public const string Quotes = "quotes";

    public static IReadOnlyList<string> All { get; } = [Dates, Counts, Officials, Quotes];

    /// <summary>"dates,quotes" in the order given, without repeats; an error naming an unknown kind.</summary>
    public static (IReadOnlyList<string> Kinds, string? Error) Parse(string list)
    {
        var kinds = new List<string>();
        foreach (var part in list.Split(','))
        {
            var kind = part.Trim();
            if (!All.Contains(kind))
            {
                return ([], $"unknown kind '{kind}' (expected {string.Join(", ", All)})");
            }

            if (!kinds.Contains(kind))
            {
                kinds.Add(kind);
            }
        }

        return (kinds, null);
    }
}
