using System.Buffers;
using System.Buffers.Text;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace NewsExtract.Output;

/// <summary>
/// Writes compact JSON into a byte buffer of its own, byte for byte as a <see cref="Utf8JsonWriter"/>
/// with <see cref="JsonArticleWriter.WriterOptions"/> would. A string of plain ASCII (nearly all of
/// them: rule ids, types, names) and a whole number are copied straight in; anything that could need
/// escaping or formatting goes through a Utf8JsonWriter, so escaping is exactly that writer's.
/// Utf8JsonWriter checks, transcodes and tracks nesting per value, a large part of writing an article.
/// </summary>
internal sealed class CompactJsonWriter
{
    // Longer strings take the writer's path, which also enforces its limit on a value's length.
    private const int MaxPlainLength = 1 << 20;

    // Printable ASCII but the quote and backslash: the characters the relaxed encoder never escapes.
    private static readonly SearchValues<char> s_plain = SearchValues.Create(
        " !#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    private readonly ArrayBufferWriter<byte> _slowBuffer = new();
    private readonly Utf8JsonWriter _slow;
    private byte[] _buffer = GC.AllocateUninitializedArray<byte>(1 << 14);
    private int _length;
    private bool _comma; // a value came before in the current object or array: set by the value writers

    public CompactJsonWriter()
    {
        _slow = new Utf8JsonWriter(_slowBuffer, JsonArticleWriter.WriterOptions(indented: false));
    }

    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    public void Clear()
    {
        _length = 0;
        _comma = false;
    }

    public void WriteStartObject()
    {
        Separate();
        Byte((byte)'{');
        _comma = false;
    }

    public void WriteStartObject(JsonName name)
    {
        Name(name);
        Byte((byte)'{');
        _comma = false;
    }

    public void WriteStartArray(JsonName name)
    {
        Name(name);
        Byte((byte)'[');
        _comma = false;
    }

    public void WriteEndObject()
    {
        Byte((byte)'}');
        _comma = true;
    }

    public void WriteEndArray()
    {
        Byte((byte)']');
        _comma = true;
    }

    public void WriteString(JsonName name, string value)
    {
        Name(name);
        String(value);
    }

    // A name is escaped as a string value is.
    public void WriteString(string name, string value)
    {
        Separate();
        String(name);
        Byte((byte)':');
        String(value);
    }

    public void WriteStringValue(string value)
    {
        Separate();
        String(value);
    }

    public void WriteNumber(JsonName name, long value)
    {
        Name(name);
        Integer(value);
    }

    public void WriteNumber(JsonName name, double value)
    {
        Name(name);
        // A whole number below 1e15 prints as its digits (from 1e15 on, and for -0, the shortest
        // round-trip form may differ from the integer's).
        if (value >= 0 && value < 1e15 && value == Math.Floor(value) && !double.IsNegative(value))
        {
            Integer((long)value);
        }
        else
        {
            Slow().WriteNumberValue(value);
            CopySlow();
        }
    }

    public void WriteNull(JsonName name)
    {
        Name(name);
        Raw("null"u8);
        _comma = true; // (Raw also writes what is no value)
    }

    public void WriteRaw(ReadOnlySpan<byte> bytes) => Raw(bytes);

    private void Separate()
    {
        if (_comma)
        {
            Byte((byte)',');
        }
    }

    private void Name(JsonName name) => Raw(_comma ? name.Separated : name.Separated.AsSpan(1));

    private void String(string value)
    {
        if (value.Length <= MaxPlainLength)
        {
            var span = Reserve(value.Length + 2);
            if (Plain(value, span[1..]))
            {
                span[0] = (byte)'"';
                span[value.Length + 1] = (byte)'"';
                _length += value.Length + 2;
                _comma = true;
                return;
            }
        }

        Slow().WriteStringValue(value);
        CopySlow();
    }

    // Copies a string of plain ASCII as bytes and says so, or says it is not one (the bytes then written are left over).
    private static bool Plain(string value, Span<byte> bytes)
    {
        if (value.Length > 16)
        {
            // Long ones (quotes, names) vectorised.
            return !value.AsSpan().ContainsAnyExcept(s_plain) && Ascii.FromUtf16(value, bytes, out _) == OperationStatus.Done;
        }

        // Short ones (rule ids, types, values) in one pass: the calls above cost more than the loop.
        bytes = bytes[..value.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            var c = value[i];
            if ((uint)(c - ' ') > '~' - ' ' || c == '"' || c == '\\')
            {
                return false;
            }

            bytes[i] = (byte)c;
        }

        return true;
    }

    private void Integer(long value)
    {
        Utf8Formatter.TryFormat(value, Reserve(20), out var written);
        _length += written;
        _comma = true;
    }

    private void Byte(byte value)
    {
        Reserve(1)[0] = value;
        _length++;
    }

    private void Raw(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Reserve(bytes.Length));
        _length += bytes.Length;
    }

    // The writer for one value at its top level.
    private Utf8JsonWriter Slow()
    {
        _slowBuffer.ResetWrittenCount();
        _slow.Reset();
        return _slow;
    }

    // Copies the value the slow writer wrote.
    private void CopySlow()
    {
        _slow.Flush();
        Raw(_slowBuffer.WrittenSpan);
        _comma = true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Span<byte> Reserve(int count)
    {
        if (_buffer.Length - _length < count)
        {
            Grow(count);
        }

        return _buffer.AsSpan(_length);
    }

    private void Grow(int count)
    {
        var grown = GC.AllocateUninitializedArray<byte>((int)Math.Min(Array.MaxLength, Math.Max(2L * _buffer.Length, (long)_length + count)));
        Written.CopyTo(grown);
        _buffer = grown;
    }
}
