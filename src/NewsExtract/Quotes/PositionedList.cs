namespace NewsExtract.Quotes;

/// <summary>Items kept in order of their text position, for "the nearest one before" questions.</summary>
internal sealed class PositionedList<T>
{
    private readonly List<(int Position, int Paragraph, T Item)> _items = [];

    /// <summary>Adds an item; items arrive nearly in order, so the insertion point is found from the end.</summary>
    public void Add(int position, int paragraph, T item)
    {
        var at = _items.Count;
        while (at > 0 && _items[at - 1].Position > position)
        {
            at--;
        }

        _items.Insert(at, (position, paragraph, item));
    }

    /// <summary>
    /// The nearest item before <paramref name="position"/> that <paramref name="fits"/>, looking no
    /// further back than paragraph <paramref name="oldestParagraph"/>.
    /// </summary>
    public T? LastBefore(int position, int oldestParagraph, Func<T, bool> fits)
    {
        var hi = _items.Count - 1;
        while (hi >= 0 && _items[hi].Position >= position)
        {
            hi--;
        }

        for (var i = hi; i >= 0 && _items[i].Paragraph >= oldestParagraph; i--)
        {
            if (fits(_items[i].Item))
            {
                return _items[i].Item;
            }
        }

        return default;
    }
}
