namespace NewsExtract.Tests;

/// <summary>
/// Tests whose outcome depends on time: they run alone, after the others. Run beside the rest of the
/// suite, a budget's timer waited on a thread pool that other tests kept busy (a 0.25 s --timeout
/// fired after the whole input was done), and timed ratios took on the neighbours' load.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingSensitive
{
    public const string Name = "timing-sensitive";
}
