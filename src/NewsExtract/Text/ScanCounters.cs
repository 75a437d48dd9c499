using System.Diagnostics;

namespace NewsExtract.Text;

/// <summary>
/// What a <see cref="PatternScanner"/> spent on each of its expressions: the places its prefixes sent
/// it to (starts), the anchored tries left after the literal filters, the matches, and the time the
/// tries took. Nothing is counted unless a caller attaches one (<see cref="PatternScanner.Counters"/>:
/// the bench's rule-cost report); the scanner then reads the clock twice per try. Thread-safe.
/// </summary>
internal sealed class ScanCounters(int expressions)
{
    private readonly long[] _starts = new long[expressions];
    private readonly long[] _tries = new long[expressions];
    private readonly long[] _matches = new long[expressions];
    private readonly long[] _ticks = new long[expressions];

    public int Count => _tries.Length;

    public long Starts(int expression) => Volatile.Read(ref _starts[expression]);

    public long Tries(int expression) => Volatile.Read(ref _tries[expression]);

    public long Matches(int expression) => Volatile.Read(ref _matches[expression]);

    public TimeSpan Time(int expression) => Stopwatch.GetElapsedTime(0, Volatile.Read(ref _ticks[expression]));

    internal void AddStarts(int expression, int starts) => Interlocked.Add(ref _starts[expression], starts);

    internal void AddTry(int expression, bool matched, long startedAt)
    {
        Interlocked.Add(ref _ticks[expression], Stopwatch.GetTimestamp() - startedAt);
        Interlocked.Increment(ref _tries[expression]);
        if (matched)
        {
            Interlocked.Increment(ref _matches[expression]);
        }
    }
}
