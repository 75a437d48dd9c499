namespace NewsExtract.Text;

/// <summary>
/// Reads a stream to its end while holding at most a byte limit: a larger input is refused after
/// limit + 1 bytes, however long it goes on, so no input can fill memory before it is turned away.
/// </summary>
public static class BoundedInput
{
    /// <summary>The highest byte limit: an input must fit one array, and its text one string.</summary>
    public const long MaxLimit = 512L * 1024 * 1024;

    /// <summary>The stream's bytes, or null when it holds more than <paramref name="maxBytes"/>.</summary>
    /// <param name="expectedLength">The size the stream should have (a file's length), to read it into one array; -1 when unknown.</param>
    public static byte[]? ReadAll(Stream stream, long maxBytes, long expectedLength = -1)
    {
        var limit = Math.Clamp(maxBytes, 0, MaxLimit);
        byte[]? exact = null;
        if (expectedLength >= 0 && expectedLength <= limit)
        {
            // The usual case, a file of known size: one array, no copy, unless the file grew meanwhile.
            // Not cleared: the read fills it, and a short read is copied out up to what was filled.
            exact = GC.AllocateUninitializedArray<byte>((int)expectedLength);
            var filled = stream.ReadAtLeast(exact, exact.Length, throwOnEndOfStream: false);
            if (filled < exact.Length)
            {
                return exact[..filled];
            }
        }

        var chunks = new ByteChunks();
        if (exact is not null)
        {
            // At the end already (the usual case): one byte's probe says so without a 64 KB buffer.
            Span<byte> probe = stackalloc byte[1];
            if (stream.Read(probe) == 0)
            {
                return exact;
            }

            if (exact.Length + 1 > limit)
            {
                return null;
            }

            chunks.Append(exact);
            chunks.Append(probe);
        }

        var buffer = new byte[1 << 16];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (chunks.Length + read > limit)
            {
                return null;
            }

            chunks.Append(buffer.AsSpan(0, read));
        }

        return chunks.ToArray();
    }
}

/// <summary>
/// Bytes gathered in chunks of growing size: nothing is copied while they come in, so the memory held
/// is what was read (not the up to threefold of a doubling array), and a refused input is simply dropped.
/// </summary>
public sealed class ByteChunks
{
    private const int MaxChunk = 4 << 20;

    private readonly List<byte[]> _full = [];
    private byte[] _current = [];
    private int _used;

    public long Length { get; private set; }

    public void Append(ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            if (_used == _current.Length)
            {
                if (_current.Length > 0)
                {
                    _full.Add(_current);
                }

                _current = new byte[Math.Clamp(_current.Length * 2, 1 << 12, MaxChunk)];
                _used = 0;
            }

            var take = Math.Min(bytes.Length, _current.Length - _used);
            bytes[..take].CopyTo(_current.AsSpan(_used));
            _used += take;
            Length += take;
            bytes = bytes[take..];
        }
    }

    /// <summary>Lets go of everything gathered so far (a first small chunk is kept for reuse).</summary>
    public void Clear()
    {
        if (_full.Count > 0 || _current.Length > 1 << 16)
        {
            _current = [];
        }

        _full.Clear();
        _used = 0;
        Length = 0;
    }

    public byte[] ToArray()
    {
        var all = new byte[Length];
        var at = 0;
        foreach (var chunk in _full)
        {
            chunk.CopyTo(all, at);
            at += chunk.Length;
        }

        _current.AsSpan(0, _used).CopyTo(all.AsSpan(at));
        return all;
    }
}
