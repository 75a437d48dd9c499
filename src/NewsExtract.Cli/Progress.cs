using System.Diagnostics;
using System.Globalization;

namespace NewsExtract.Cli;

/// <summary>
/// A one-line progress report on stderr (files done, MB/s, ETA), redrawn at most four times a second.
/// Only shown when stderr is a terminal and the run has several inputs; never in pipes or with --quiet.
/// </summary>
internal sealed class Progress(TextWriter error, int total, long totalBytes)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _lastDraw = -1000;
    private int _done;
    private long _bytes;
    private bool _shown;

    public void Advance(long bytes)
    {
        _done++;
        _bytes += bytes;
        var now = _clock.ElapsedMilliseconds;
        if (now - _lastDraw >= 250 || _done == total)
        {
            _lastDraw = now;
            Draw(now);
        }
    }

    /// <summary>Removes the progress line so a diagnostic can be written on a clean line.</summary>
    public void Clear()
    {
        if (_shown)
        {
            error.Write("\r\u001b[K");
            _shown = false;
        }
    }

    public void Finish()
    {
        Clear();
        error.Flush();
    }

    private void Draw(long elapsedMs)
    {
        var seconds = Math.Max(elapsedMs / 1000.0, 0.001);
        var megabytes = _bytes / 1_000_000.0;
        var rate = megabytes / seconds;
        var eta = _done == 0 ? "?" : FormatSeconds(seconds * (total - _done) / _done);
        error.Write(string.Create(CultureInfo.InvariantCulture,
            $"\rnewsextract: {_done}/{total} files, {megabytes:F1} of {totalBytes / 1_000_000.0:F1} MB, {rate:F1} MB/s, ETA {eta}\u001b[K"));
        error.Flush();
        _shown = true;
    }

    private static string FormatSeconds(double seconds) =>
        seconds < 90 ? $"{seconds:F0}s" : TimeSpan.FromSeconds(seconds).ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture);
}
