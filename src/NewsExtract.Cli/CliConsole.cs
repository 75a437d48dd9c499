namespace NewsExtract.Cli;

/// <summary>The streams a command reads and writes: the real ones, or buffers in tests.</summary>
/// <param name="Out">Data (results) go here, as bytes.</param>
/// <param name="Error">Diagnostics go here, one line each.</param>
/// <param name="In">Standard input, for the input path <c>-</c>.</param>
/// <param name="HelpOut">Help and version text.</param>
/// <param name="ErrorIsTerminal">True when stderr is a terminal, so progress may be drawn there.</param>
/// <param name="OutIsTerminal">True when stdout is a terminal, so results are flushed one by one.</param>
internal sealed record CliConsole(Stream Out, TextWriter Error, Stream In, TextWriter HelpOut, bool ErrorIsTerminal = false, bool OutIsTerminal = false)
{
    public static CliConsole System() =>
        new(Console.OpenStandardOutput(), Console.Error, Console.OpenStandardInput(), Console.Out, !Console.IsErrorRedirected, !Console.IsOutputRedirected);

    /// <summary>Writes <c>newsextract: PATH: message</c> (or <c>newsextract: message</c>) to stderr.</summary>
    public void Report(string? path, string message)
    {
        Error.WriteLine(path is null ? $"newsextract: {message}" : $"newsextract: {path}: {message}");
        Error.Flush();
    }
}
