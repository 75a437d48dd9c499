using NewsExtract.Output;

namespace NewsExtract.Cli;

/// <summary>Reads an input's bytes, refusing anything over the byte limit before reading it.</summary>
internal static class InputReader
{
    public static (byte[]? Bytes, InputError? Error) Read(InputItem item, Stream stdin, long maxBytes)
    {
        if (item.Error is not null)
        {
            return (null, item.Error);
        }

        try
        {
            if (item.IsStdin)
            {
                return ReadLimited(stdin, maxBytes);
            }

            var info = new FileInfo(item.Path!);
            if (info.Length > maxBytes)
            {
                return (null, TooLarge(maxBytes));
            }

            return (File.ReadAllBytes(item.Path!), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            var code = ex is FileNotFoundException or DirectoryNotFoundException ? "not_found" : "unreadable";
            return (null, new InputError(code, InputFinder.Describe(ex)));
        }
    }

    private static (byte[]?, InputError?) ReadLimited(Stream stream, long maxBytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return (null, TooLarge(maxBytes));
            }

            buffer.Write(chunk, 0, read);
        }

        return (buffer.ToArray(), null);
    }

    private static InputError TooLarge(long maxBytes) =>
        new("too_large", $"larger than --max-bytes ({maxBytes} bytes)");
}
