using System.CommandLine;

namespace NewsExtract.Cli;

/// <summary>Builds the command tree and maps parse errors to exit code 2.</summary>
internal static class CliApp
{
    public static int Run(string[] args, CliConsole console)
    {
        var root = new RootCommand("Extracts dates, counts, named officials and quotes from news articles.")
        {
            ParseCommand.Create(console),
            EvaluateCommand.Create(),
        };
        HelpWithExamples.Install(root, new Dictionary<string, string>
        {
            ["parse"] = ParseCommand.Examples,
            ["evaluate"] = EvaluateCommand.Examples,
        });

        var parseResult = root.Parse(args);
        // Help and --version win over errors ("parse --help" lacks INPUT); real errors exit 2, not 1.
        if (parseResult.Errors.Count > 0 && parseResult.Action is null or System.CommandLine.Invocation.ParseErrorAction)
        {
            foreach (var error in parseResult.Errors)
            {
                console.Report(null, error.Message);
            }

            console.Report(null, "try 'newsextract --help'");
            return ExitCodes.Fatal;
        }

        var configuration = new InvocationConfiguration { Output = console.HelpOut, Error = console.Error };
        return parseResult.Invoke(configuration);
    }
}
