using System.Buffers.Binary;
using System.IO.Compression;
using NewsExtract.Output;
using NewsExtract.Text;

namespace NewsExtract.Html;

/// <summary>Unpacks gzip inputs (page.html.gz), refusing what is not gzip or unpacks to more than the byte limit.</summary>
internal static class GzipInput
{
    public static bool IsGzip(ReadOnlySpan<byte> bytes) => bytes is [0x1F, 0x8B, ..];

    public static bool IsGzipName(string source) => source.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);

    public static (byte[]? Bytes, InputError? Error) Unpack(ReadOnlySpan<byte> bytes, long maxBytes) =>
        Unpack(new MemoryStream(bytes.ToArray(), writable: false), maxBytes);

    /// <summary>Unpacks gzip data as it is read from <paramref name="compressed"/>: nothing beyond the limit is ever held.</summary>
    public static (byte[]? Bytes, InputError? Error) Unpack(Stream compressed, long maxBytes)
    {
        var input = new GzipSource(compressed);
        if (!input.ReadMagic())
        {
            return (null, Invalid("not gzip data (no gzip header)"));
        }

        try
        {
            using var gzip = new GZipStream(input, CompressionMode.Decompress);
            // Checked while unpacking: a small bomb must not fill memory first.
            var output = BoundedInput.ReadAll(gzip, maxBytes);
            if (output is null)
            {
                return (null, new InputError("too_large", $"unpacks to more than --max-bytes ({maxBytes} bytes)"));
            }

            // GZipStream ends quietly on a cut-off file; the trailer's size (mod 2^32) tells.
            if (input.Consumed < 18 || input.Trailer != (uint)output.Length)
            {
                return (null, Invalid("truncated or corrupt gzip data (unpacked size differs from the size in its trailer)"));
            }

            return (output, null);
        }
        catch (InvalidDataException ex)
        {
            return (null, Invalid("corrupt gzip data: " + ex.Message));
        }
    }

    private static InputError Invalid(string message) => new("invalid_gzip", message);

    /// <summary>
    /// The compressed bytes as read: the two magic bytes are checked first and then replayed, and the
    /// count of bytes and the last four of them (the trailer's size field) are kept.
    /// </summary>
    private sealed class GzipSource(Stream inner) : Stream
    {
        private byte[] _head = [];
        private int _headUsed;
        private uint _lastFour;

        public long Consumed { get; private set; }

        /// <summary>The little-endian value of the last four bytes read.</summary>
        public uint Trailer => BinaryPrimitives.ReverseEndianness(_lastFour);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public bool ReadMagic()
        {
            var head = new byte[2];
            var read = inner.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            _head = head[..read];
            Count(_head);
            return IsGzip(_head);
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_headUsed < _head.Length && buffer.Length > 0)
            {
                var replayed = Math.Min(_head.Length - _headUsed, buffer.Length);
                _head.AsSpan(_headUsed, replayed).CopyTo(buffer);
                _headUsed += replayed;
                return replayed;
            }

            var read = inner.Read(buffer);
            Count(buffer[..read]);
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private void Count(ReadOnlySpan<byte> bytes)
        {
            Consumed += bytes.Length;
            foreach (var b in bytes.Length > 4 ? bytes[^4..] : bytes)
            {
                _lastFour = (_lastFour << 8) | b;
            }
        }
    }
}
