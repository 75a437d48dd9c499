namespace NewsExtract.Evaluation;

/// <summary>A gold article's items for the kinds being scored, all checked before any is scored.</summary>
internal sealed record GoldLists(IReadOnlyDictionary<string, IReadOnlyList<GoldItem>> Spanned, IReadOnlyList<GoldOfficial> Officials)
{
    public static (GoldLists? Lists, string? Error) Read(GoldArticle gold, IReadOnlyList<string> kinds)
    {
        var spanned = new Dictionary<string, IReadOnlyList<GoldItem>>(StringComparer.Ordinal);
        IReadOnlyList<GoldOfficial> officials = [];
        foreach (var kind in kinds)
        {
            string? error;
            if (kind == EvaluationKinds.Officials)
            {
                (officials, error) = gold.Officials();
            }
            else
            {
                (var items, error) = gold.SpannedItems(kind);
                spanned[kind] = items;
            }

            if (error is not null)
            {
                return (null, error);
            }
        }

        return (new GoldLists(spanned, officials), null);
    }
}
