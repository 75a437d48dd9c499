using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using NewsExtract.Output;

namespace NewsExtract.Html;

/// <summary>
/// Turns the bytes of an HTML page into text the way browsers do: a byte-order mark first, then the
/// charset the page declares in its head (&lt;meta charset&gt; or http-equiv content-type), then
/// detection: UTF-16 by its pattern of NUL bytes, valid UTF-8, else windows-1252.
/// </summary>
internal static partial class HtmlDecoder
{
    // Browsers look for the declaration in the first 1024 bytes; pages with long heads put it later.
    private const int PrescanBytes = 4096;

    static HtmlDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static (string? Html, InputError? Error) Decode(ReadOnlySpan<byte> bytes)
    {
        var (encoding, skip) = ByteOrderMark(bytes);
        encoding ??= Utf16ByPattern(bytes);
        if (encoding is null)
        {
            var nul = bytes.IndexOf((byte)0);
            if (nul >= 0)
            {
                return (null, new InputError("binary", $"binary file (NUL byte at offset {nul}), not an HTML page"));
            }

            encoding = Declared(bytes) is { } declared && !MislabelledUtf8(declared, bytes) ? declared : Detected(bytes);
        }

        var html = encoding.GetString(bytes[skip..]);
        return string.IsNullOrWhiteSpace(html) ? (null, new InputError("empty", "empty file: no HTML to parse")) : (html, null);
    }

    private static (Encoding? Encoding, int Skip) ByteOrderMark(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
        [0xFF, 0xFE, 0x00, 0x00, ..] => (Encoding.UTF32, 4),
        [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4),
        [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
        [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
        _ => (null, 0),
    };

    // A page that starts "<\0" or "\0<" is UTF-16 without a mark: markup is ASCII.
    private static Encoding? Utf16ByPattern(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [(byte)'<', 0, not 0, 0, ..] => Encoding.Unicode,
        [0, (byte)'<', 0, not 0, ..] => Encoding.BigEndianUnicode,
        _ => null,
    };

    private static Encoding? Declared(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        Match match;
        try
        {
            match = CharsetDeclaration().Match(head);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }

        if (!match.Success)
        {
            return null;
        }

        var label = match.Groups[1].Value.ToLowerInvariant();
        try
        {
            // As in browsers: latin-1 and ASCII labels mean windows-1252, and a UTF-16 label in an
            // ASCII-readable head is wrong (the head would not be readable), so it means UTF-8.
            return label switch
            {
                "iso-8859-1" or "iso8859-1" or "latin1" or "latin-1" or "l1" or "us-ascii" or "ascii" or "cp1252" => Encoding.GetEncoding(1252),
                "utf-16" or "utf-16le" or "utf-16be" or "utf-32" or "utf-32le" or "utf-32be" or "utf8" or "unicode" => Encoding.UTF8,
                // Browsers never decode UTF-7 (it hides markup from filters): an unknown label, as for them.
                "utf-7" or "utf7" or "unicode-1-1-utf-7" or "csunicode11utf7" or "x-unicode20utf7" => null,
                _ => Encoding.GetEncoding(label),
            };
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            // Unknown to .NET, or known but disabled (found by fuzzing: "utf-7" threw NotSupportedException).
            return null;
        }
    }

    // Non-ASCII text that is valid UTF-8 is almost never legacy text that happens to decode: the
    // label is wrong (common on the web), or the page was already text (an "html" JSON record).
    private static bool MislabelledUtf8(Encoding declared, ReadOnlySpan<byte> bytes) =>
        declared.IsSingleByte && bytes.ContainsAnyInRange((byte)0x80, (byte)0xFF) && Utf8.IsValid(bytes);

    private static Encoding Detected(ReadOnlySpan<byte> bytes) => Utf8.IsValid(bytes) ? Encoding.UTF8 : Encoding.GetEncoding(1252);

    [GeneratedRegex("""<meta\b[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex CharsetDeclaration();
}
