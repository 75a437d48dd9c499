namespace NewsExtract.Text;

/// <summary>
/// Reads a stream to its end while holding at most a byte limit: a larger input is refused after
/// limit + 1 bytes, however long it goes on, so no input can fill memory before it is turned away.
/// </summary>
public static class BoundedInput
{
    /// <summary>The highest byte limit: an input must fit one array, and its text one string.</summary>
    public const long MaxLimit = 512L * 1024 * 1024;

    private const int FirstChunk = 1 << 16;

    /// <summary>The stream's bytes, or null when it holds more than <paramref name="maxBytes"/>.</summary>
    /// <param name="expectedLength">The size the stream should have (a file's length), to size the buffer once; -1 when unknown.</param>
    public static byte[]? ReadAll(Stream stream, long maxBytes, long expectedLength = -1)
    {
        var limit = (int)Math.Clamp(maxBytes, 0, MaxLimit);
        var buffer = new byte[expectedLength >= 0 ? Math.Min(expectedLength, limit) : Math.Min(FirstChunk, limit)];
        var length = 0;
        Span<byte> probe = stackalloc byte[1];
        while (true)
        {
            if (length == buffer.Length)
            {
                // Full: one byte more tells the end of the stream from an input that goes on.
                if (stream.Read(probe) == 0)
                {
                    return buffer;
                }

                if (length >= limit)
                {
                    return null;
                }

                Array.Resize(ref buffer, (int)Math.Min(Math.Max(2L * buffer.Length, FirstChunk), limit));
                buffer[length++] = probe[0];
                continue;
            }

            var read = stream.Read(buffer, length, buffer.Length - length);
            if (read == 0)
            {
                Array.Resize(ref buffer, length);
                return buffer;
            }

            length += read;
        }
    }
}
