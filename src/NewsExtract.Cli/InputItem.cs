using NewsExtract.Output;

namespace NewsExtract.Cli;

/// <summary>One input of a run: a file, standard input, or a path that already failed to resolve.</summary>
/// <param name="Source">The path as reported in the output (forward slashes), or "-" for standard input.</param>
/// <param name="Path">The file to read, or null for standard input and failed items.</param>
/// <param name="Error">Why the input cannot be read, when that is known before reading.</param>
internal sealed record InputItem(string Source, string? Path, InputError? Error)
{
    public bool IsStdin => Source == "-" && Path is null && Error is null;
}
