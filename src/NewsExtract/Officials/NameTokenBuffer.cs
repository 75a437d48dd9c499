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

    public void Clear()
    {
        Count = 0;
        if (Items.Length > ReusedBuffer.KeptItems) // the shared policy: one huge article's array is not kept
        {
            Items = new NameToken[InitialCapacity];
        }
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
