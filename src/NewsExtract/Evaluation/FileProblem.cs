namespace NewsExtract.Evaluation;

/// <summary>A gold, prediction or input file that could not be used, and why; the rest is still scored.</summary>
public sealed record FileProblem(string Path, string Message);
