using NewsExtract.Text;

namespace NewsExtract.Officials;

/// <summary>
/// The tokens of every paragraph of one article, end to end in one growing array; each
/// <see cref="TokenView"/> reads its own range. Reused from article to article, so reading
/// an article allocates no token storage once the array has grown to the longest article.
/// </summary>
internal sealed class NameTokenBuffer
{
    private const int InitialCapacity = 1024;

    public NameToken[] Items { get; private set; } = new NameToken[InitialCapacity];

    public int Count { get; private set; }

    /// <summary>Per token, the given-name gender found for its word, or <see cref="UnknownGivenName"/> before it is looked up.</summary>
    public char[] GivenNames { get; private set; } = new char[InitialCapacity];

    /// <summary>No gender, no '\0': a given name not looked up yet.</summary>
    public const char UnknownGivenName = '\uFFFF';

    public void Clear()
    {
        Count = 0;
        if (Items.Length > ReusedBuffer.KeptItems) // the shared policy: one huge article's array is not kept
        {
            Items = new NameToken[InitialCapacity];
        }

        if (GivenNames.Length > ReusedBuffer.KeptItems)
        {
            GivenNames = new char[InitialCapacity];
        }
    }

    /// <summary>Marks every token's given name as not looked up, once all tokens are added.</summary>
    public void ResetGivenNames()
    {
        if (GivenNames.Length < Count)
        {
            GivenNames = new char[Items.Length];
        }

        GivenNames.AsSpan(0, Count).Fill(UnknownGivenName);
    }

    public void Add(NameToken token)
    {
        if (Count == Items.Length)
        {
            var grown = new NameToken[Items.Length * 2];
            Items.AsSpan().CopyTo(grown);
            Items = grown;
        }

        Items[Count++] = token;
    }
}
