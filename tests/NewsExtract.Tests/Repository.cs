namespace NewsExtract.Tests;

/// <summary>Files of the repository the tests write back to when asked (NEWSEXTRACT_UPDATE_GOLDEN=1).</summary>
internal static class Repository
{
    /// <summary>Whether this run should remake golden files instead of checking them.</summary>
    public static bool UpdatingGolden => Environment.GetEnvironmentVariable("NEWSEXTRACT_UPDATE_GOLDEN") == "1";

    /// <summary>The folder holding NewsExtract.sln, found upwards from the test binaries.</summary>
    public static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "NewsExtract.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
