namespace NewsExtract.Quotes;

/// <summary>Items kept in order of their text position, for "the nearest one before" questions.</summary>
internal sealed class PositionedList<T>
{
    private readonly List<(int Position, int Paragraph, T Item)> _items = [];

    /// <summary>Adds an item in position order.</summary>
    public void Add(int position, int paragraph, T item)
    {
        // After every item at or before the position, so equal positions keep their arrival order.
        var at = _items.Count > 0 && _items[^1].Position <= position ? _items.Count : CountBefore(position + 1);
        _items.Insert(at, (position, paragraph, item));
    }

    /// <summary>The position of the nearest item before <paramref name="position"/>, or -1.</summary>
    public int LastPositionBefore(int position)
    {
        var count = CountBefore(position);
        return count > 0 ? _items[count - 1].Position : -1;
    }

    /// <summary>The last item in [<paramref name="start"/>, <paramref name="end"/>) that <paramref name="fits"/>.</summary>
    public T? LastBetween(int start, int end, Func<T, bool> fits)
    {
        for (var i = CountBefore(end) - 1; i >= 0 && _items[i].Position >= start; i--)
        {
            if (fits(_items[i].Item))
            {
                return _items[i].Item;
            }
        }

        return default;
    }

    /// <summary>
    /// The nearest item before <paramref name="position"/> that <paramref name="fits"/>, looking no
    /// further back than paragraph <paramref name="oldestParagraph"/>.
    /// </summary>
    public T? LastBefore(int position, int oldestParagraph, Func<T, bool> fits)
    {
        for (var i = CountBefore(position) - 1; i >= 0 && _items[i].Paragraph >= oldestParagraph; i--)
        {
            if (fits(_items[i].Item))
            {
                return _items[i].Item;
            }
        }

        return default;
    }

    // How many items lie before the position (binary search: the list is sorted by position).
    private int CountBefore(int position)
    {
        var (lo, hi) = (0, _items.Count);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_items[mid].Position < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
