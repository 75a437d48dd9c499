using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace NewsExtract.Cli;

/// <summary>Prints the standard help, then the examples of the command asked about.</summary>
internal sealed class HelpWithExamples(HelpAction standard, IReadOnlyDictionary<string, string> examples) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        var code = standard.Invoke(parseResult);
        if (examples.TryGetValue(parseResult.CommandResult.Command.Name, out var text))
        {
            parseResult.InvocationConfiguration.Output.WriteLine("Examples:");
            parseResult.InvocationConfiguration.Output.WriteLine(text);
        }

        return code;
    }

    /// <summary>Replaces the help action of <paramref name="root"/> with one that adds examples.</summary>
    public static void Install(RootCommand root, IReadOnlyDictionary<string, string> examples)
    {
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new HelpWithExamples((HelpAction)help.Action!, examples);
    }
}
