using System.Text;
using NewsExtract.Output;

namespace NewsExtract.Text;

/// <summary>
/// Turns the bytes of a plain-text input into text: UTF-8 (with or without BOM), or UTF-16/UTF-32
/// when a BOM says so. Binary, empty and malformed inputs give an <see cref="InputError"/> instead.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static (string? Text, InputError? Error) Decode(ReadOnlySpan<byte> bytes)
    {
        var (encoding, bomLength) = DetectBom(bytes);
        var body = bytes[bomLength..];
        if (encoding is null)
        {
            var nul = body.IndexOf((byte)0);
            if (nul >= 0)
            {
                return (null, new InputError("binary", $"binary file (NUL byte at offset {nul + bomLength}), not text"));
            }

            encoding = StrictUtf8;
        }

        string text;
        try
        {
            text = encoding.GetString(body);
        }
        catch (DecoderFallbackException ex)
        {
            var at = ex.Index >= 0 ? $" at byte {ex.Index + bomLength}" : string.Empty;
            return (null, new InputError("invalid_encoding", $"invalid {encoding.WebName}{at}; convert the file to UTF-8"));
        }

        // UTF-16 and UTF-32 hold NUL bytes in every ASCII character: there the test is on characters.
        var nulCharacter = text.IndexOf('\0', StringComparison.Ordinal);
        if (nulCharacter >= 0)
        {
            return (null, new InputError("binary", $"binary file (NUL character at character {nulCharacter}), not text"));
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, new InputError("empty", "empty file: no text to parse"));
        }

        return (text, null);
    }

    private static (Encoding? Encoding, int BomLength) DetectBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (StrictUtf8, 3);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return (new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), 4);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return (new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), 4);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2);
        }

        return (null, 0);
    }
}
