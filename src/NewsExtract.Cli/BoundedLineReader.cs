using System.Text;
using NewsExtract.Text;

namespace NewsExtract.Cli;

/// <summary>
/// Reads UTF-8 lines (ended by <c>\n</c> or <c>\r\n</c>) from a stream without holding more than a
/// byte limit of any line: a longer line is skipped to its end and reported by
/// <see cref="LastLineTooLong"/>. Each line is handed on as soon as its end arrives, so a pipe that sends
/// one line at a time is answered one line at a time. Invalid UTF-8 becomes U+FFFD; a leading byte-order
/// mark is dropped.
/// </summary>
internal sealed class BoundedLineReader(Stream stream, long maxBytes, bool leaveOpen) : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private readonly byte[] _chunk = new byte[1 << 16];
    private readonly ByteChunks _line = new();
    private int _start;
    private int _end;
    private bool _first = true;

    /// <summary>Whether the line <see cref="ReadLine"/> last returned was over the limit (it returns an empty string for it).</summary>
    public bool LastLineTooLong { get; private set; }

    /// <summary>The next line without its end, or null at the end of the stream.</summary>
    public string? ReadLine()
    {
        _line.Clear();
        LastLineTooLong = false;
        long length = 0;
        var any = false;
        while (true)
        {
            if (_start == _end)
            {
                _start = 0;
                _end = stream.Read(_chunk, 0, _chunk.Length);
                if (_end == 0)
                {
                    return any ? Finish() : null;
                }
            }

            any = true;
            var available = _chunk.AsSpan(_start, _end - _start);
            var newline = available.IndexOf((byte)'\n');
            var piece = newline < 0 ? available : available[..newline];
            length += piece.Length;
            if (length > maxBytes && !LastLineTooLong)
            {
                // Over the limit: let go of what was held and skip to the line's end.
                LastLineTooLong = true;
                _line.Clear();
            }

            if (!LastLineTooLong)
            {
                _line.Append(piece);
            }

            _start += piece.Length;
            if (newline >= 0)
            {
                _start++;
                return Finish();
            }
        }
    }

    public void Dispose()
    {
        if (!leaveOpen)
        {
            stream.Dispose();
        }
    }

    private string Finish()
    {
        if (LastLineTooLong)
        {
            _first = false;
            return string.Empty;
        }

        ReadOnlySpan<byte> bytes = _line.ToArray();
        if (_first && bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        _first = false;
        if (bytes.EndsWith("\r"u8))
        {
            bytes = bytes[..^1];
        }

        return Utf8.GetString(bytes);
    }
}
