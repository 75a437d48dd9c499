namespace NewsExtract.Output;

/// <summary>Quote ids (q1, q2, ...) in output order, shared by the JSON and CSV writers.</summary>
internal static class QuoteIds
{
    public static IReadOnlyList<string> For(ArticleFacts facts)
    {
        var ids = new string[facts.Quotes.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = "q" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return ids;
    }
}
