namespace NewsExtract.Evaluation;

/// <summary>score.py's key(): the file name without its directory and its article extension.</summary>
public static class ArticleKey
{
    private static readonly string[] Extensions = [".gold.json", ".json", ".txt", ".html", ".htm", ".tml"];

    public static string Of(string? source)
    {
        var path = source ?? string.Empty;
        var name = path[(path.LastIndexOf('/') + 1)..]; // os.path.basename on POSIX: only '/' separates
        foreach (var extension in Extensions)
        {
            if (name.EndsWith(extension, StringComparison.Ordinal))
            {
                return name[..^extension.Length];
            }
        }

        return name;
    }
}
