using NewsExtract.Output;

namespace NewsExtract.Cli;

/// <summary>
/// Opens an input and hands its stream on to be read under the byte limit. A file over the limit is
/// refused from its length before a byte of it is read; standard input, pipes and gzip inputs, whose
/// size is not known ahead, are refused as soon as they pass the limit, never held beyond it.
/// </summary>
internal static class InputReader
{
    /// <param name="read">Reads and processes the opened input: its stream and its length (-1 when not known).</param>
    public static ArticleResult Process(InputItem item, Stream stdin, long maxBytes, Func<Stream, long, ArticleResult> read)
    {
        if (item.Error is not null)
        {
            return ArticleResult.Failed(item.Source, item.Error);
        }

        if (item.IsStdin)
        {
            return Reading(item, () => read(stdin, -1));
        }

        return Reading(item, () =>
        {
            // Unbuffered: the whole file is read into one array anyway, and a 64 KB buffer per file is
            // garbage for the GC; no read-ahead hint either (one system call fewer per file).
            using var file = new FileStream(item.Path!, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
            var length = file.CanSeek ? file.Length : -1;
            return length > maxBytes ? ArticleResult.Failed(item.Source, ArticleProcessor.TooLarge(maxBytes, length)) : read(file, length);
        });
    }

    private static ArticleResult Reading(InputItem item, Func<ArticleResult> read)
    {
        try
        {
            return read();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            var code = ex is FileNotFoundException or DirectoryNotFoundException ? "not_found" : "unreadable";
            return ArticleResult.Failed(item.Source, new InputError(code, InputFinder.Describe(ex)));
        }
    }
}
