namespace NewsExtract.Cli;

/// <summary>The process exit codes, as documented in the README.</summary>
internal static class ExitCodes
{
    /// <summary>Every input was processed.</summary>
    public const int Ok = 0;

    /// <summary>Some inputs failed (each has an error record and a message on stderr); the rest were processed.</summary>
    public const int InputsFailed = 1;

    /// <summary>Usage error (bad option or argument) or a fatal error such as an unwritable output file.</summary>
    public const int Fatal = 2;
}
