using System.Diagnostics;
using System.Text;
using NewsExtract.Cli;

namespace NewsExtract.Tests.Cli;

/// <summary>Runs the CLI in-process with captured streams, or as a real process.</summary>
internal static class CliRunner
{
    public sealed record Outcome(int ExitCode, string Stdout, string Stderr);

    public static Outcome Run(params string[] args) => RunWithInput([], args);

    public static Outcome RunWithInput(byte[] stdin, params string[] args)
    {
        var stdout = new MemoryStream();
        var stderr = new StringWriter();
        var help = new StringWriter();
        var code = CliApp.Run(args, new CliConsole(stdout, stderr, new MemoryStream(stdin), help));
        return new Outcome(code, Encoding.UTF8.GetString(stdout.ToArray()) + help, stderr.ToString());
    }

    /// <summary>Runs the built <c>newsextract</c> through bash, so pipes behave as in a shell.</summary>
    public static Outcome Shell(string commandLine, string workingDirectory)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "newsextract.dll");
        var start = new ProcessStartInfo("bash", ["-c", $"newsextract() {{ dotnet '{cli}' \"$@\"; }}; {commandLine}"])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{commandLine}' did not finish");
        }

        return new Outcome(process.ExitCode, stdout.Result, stderr.Result);
    }
}
