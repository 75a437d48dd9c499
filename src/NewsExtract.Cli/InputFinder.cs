using Microsoft.Extensions.FileSystemGlobbing;
using Microsoft.Extensions.FileSystemGlobbing.Abstractions;
using NewsExtract.Output;

namespace NewsExtract.Cli;

/// <summary>
/// Expands the command's input arguments into a sorted list of inputs: files as given, directories
/// walked recursively (symbolic links to directories are not followed, so cycles cannot loop) and
/// filtered by include/exclude globs, "-" for standard input. Missing paths and unreadable directories
/// become failed items in their place, so nothing is skipped silently.
/// </summary>
internal sealed class InputFinder
{
    public static readonly string[] DefaultIncludes = ["*.txt"];

    private readonly Matcher _matcher = new(StringComparison.Ordinal);
    private readonly Func<DirectoryInfo, IEnumerable<FileSystemInfo>> _list;

    /// <param name="list">Lists a directory's entries; tests replace it to simulate failures.</param>
    public InputFinder(IReadOnlyList<string> includes, IReadOnlyList<string> excludes, Func<DirectoryInfo, IEnumerable<FileSystemInfo>>? list = null)
    {
        foreach (var pattern in includes.Count > 0 ? includes : DefaultIncludes)
        {
            _matcher.AddInclude(Anywhere(pattern));
        }

        foreach (var pattern in excludes)
        {
            _matcher.AddExclude(Anywhere(pattern));
        }

        _list = list ?? (directory => directory.EnumerateFileSystemInfos());
    }

    public IReadOnlyList<InputItem> Find(IEnumerable<string> arguments)
    {
        var items = new Dictionary<string, InputItem>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            if (argument == "-")
            {
                items.TryAdd("-", new InputItem("-", null, null));
            }
            else if (Directory.Exists(argument))
            {
                foreach (var item in Walk(argument))
                {
                    items.TryAdd(item.Source, item);
                }
            }
            else if (File.Exists(argument))
            {
                var source = Normalise(argument);
                items.TryAdd(source, new InputItem(source, argument, null));
            }
            else
            {
                var source = Normalise(argument);
                items.TryAdd(source, new InputItem(source, null, new InputError("not_found", "no such file or directory")));
            }
        }

        return [.. items.Values.OrderBy(item => item.Source, StringComparer.Ordinal)];
    }

    private IEnumerable<InputItem> Walk(string root)
    {
        var files = new List<string>();
        var failures = new List<InputItem>();
        var pending = new Stack<DirectoryInfo>();
        pending.Push(new DirectoryInfo(root));
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            List<FileSystemInfo> entries;
            try
            {
                entries = [.. _list(directory)];
            }
            catch (Exception ex) when (ex is UnauthorizedAccessException or IOException or System.Security.SecurityException)
            {
                var source = Normalise(Path.Join(root, Path.GetRelativePath(root, directory.FullName)));
                failures.Add(new InputItem(source, null, new InputError("unreadable", "cannot read directory: " + Describe(ex))));
                continue;
            }

            foreach (var entry in entries)
            {
                if (entry is DirectoryInfo subdirectory)
                {
                    if (subdirectory.LinkTarget is null)
                    {
                        pending.Push(subdirectory);
                    }
                }
                else
                {
                    files.Add(entry.FullName);
                }
            }
        }

        var rootInfo = new DirectoryInfo(root);
        var matches = _matcher.Execute(new InMemoryDirectoryInfo(rootInfo.FullName, files));
        foreach (var match in matches.Files)
        {
            var path = Path.Join(root, match.Path);
            yield return new InputItem(Normalise(path), path, null);
        }

        foreach (var failure in failures)
        {
            yield return failure;
        }
    }

    /// <summary>A pattern without a folder part matches at any depth, as users of rg and find expect.</summary>
    private static string Anywhere(string pattern) => pattern.Contains('/') ? pattern : "**/" + pattern;

    private static string Normalise(string path)
    {
        var normalised = path.Replace('\\', '/');
        while (normalised.Contains("//", StringComparison.Ordinal))
        {
            normalised = normalised.Replace("//", "/", StringComparison.Ordinal);
        }

        if (normalised.StartsWith("./", StringComparison.Ordinal) && normalised.Length > 2)
        {
            normalised = normalised[2..];
        }

        return normalised.Length > 1 ? normalised.TrimEnd('/').Replace("/./", "/", StringComparison.Ordinal) : normalised;
    }

    internal static string Describe(Exception ex) => ex switch
    {
        UnauthorizedAccessException => "permission denied",
        FileNotFoundException or DirectoryNotFoundException => "no such file or directory",
        _ => ex.Message,
    };
}
