using System.Buffers.Binary;
using System.IO.Compression;
using NewsExtract.Output;

namespace NewsExtract.Html;

/// <summary>Unpacks gzip inputs (page.html.gz), refusing what is not gzip or unpacks to more than the byte limit.</summary>
internal static class GzipInput
{
    public static bool IsGzip(ReadOnlySpan<byte> bytes) => bytes is [0x1F, 0x8B, ..];

    public static bool IsGzipName(string source) => source.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);

    public static (byte[]? Bytes, InputError? Error) Unpack(ReadOnlySpan<byte> bytes, long maxBytes)
    {
        if (!IsGzip(bytes))
        {
            return (null, Invalid("not gzip data (no gzip header)"));
        }

        try
        {
            using var input = new MemoryStream(bytes.ToArray(), writable: false);
            using var gzip = new GZipStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            var chunk = new byte[1 << 16];
            int read;
            while ((read = gzip.Read(chunk, 0, chunk.Length)) > 0)
            {
                // Checked while unpacking: a small bomb must not fill memory first.
                if (output.Length + read > maxBytes)
                {
                    return (null, new InputError("too_large", $"unpacks to more than --max-bytes ({maxBytes} bytes)"));
                }

                output.Write(chunk, 0, read);
            }

            // GZipStream ends quietly on a cut-off file; the trailer's size (mod 2^32) tells.
            if (bytes.Length < 18 || BinaryPrimitives.ReadUInt32LittleEndian(bytes[^4..]) != (uint)output.Length)
            {
                return (null, Invalid("truncated or corrupt gzip data (unpacked size differs from the size in its trailer)"));
            }

            return (output.ToArray(), null);
        }
        catch (InvalidDataException ex)
        {
            return (null, Invalid("corrupt gzip data: " + ex.Message));
        }
    }

    private static InputError Invalid(string message) => new("invalid_gzip", message);
}
