namespace NewsExtract.Text;

/// <summary>
/// The size policy of buffers kept per thread between paragraphs and articles: they are reused while
/// of ordinary size, and let go once one huge input (a megabyte-long line) has grown them, so a batch's
/// memory does not stay at its largest paragraph.
/// </summary>
internal static class ReusedBuffer
{
    /// <summary>A buffer holding more items than this is not kept for the next input.</summary>
    public const int KeptItems = 1 << 16;

    /// <summary>Empties <paramref name="list"/> for reuse, dropping its storage when a huge input grew it.</summary>
    public static void Clear<T>(List<T> list)
    {
        list.Clear();
        if (list.Capacity > KeptItems)
        {
            list.Capacity = 0;
        }
    }
}
