using System.Globalization;
using NewsExtract.Output;

namespace NewsExtract.Cli;

/// <summary>
/// Runs the work on one input within <c>--timeout</c> and turns what stops it into that input's error
/// record: <c>timeout</c> when the budget (or a pattern's own match limit) ran out, <c>internal</c> for a
/// defect. Either way the batch goes on.
/// </summary>
internal static class TimeBudget
{
    public const double DefaultSeconds = 30;

    /// <param name="seconds">The budget; 0 means none.</param>
    public static ArticleResult Run(string source, double seconds, Func<CancellationToken, ArticleResult> work)
    {
        // The clock lives here, in the CLI: the library only sees the token.
        using var budget = seconds > 0 ? new CancellationTokenSource(TimeSpan.FromSeconds(seconds)) : null;
        var token = budget?.Token ?? CancellationToken.None;
        try
        {
            return work(token);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            var limit = seconds.ToString(CultureInfo.InvariantCulture);
            return ArticleResult.Failed(source, new InputError("timeout", $"took longer than --timeout ({limit} s); not processed"));
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException ex)
        {
            // Every pattern has a match limit of its own: a paragraph megabytes long can run past it on
            // a loaded machine. That is this input taking too long, not a defect.
            return ArticleResult.Failed(source, new InputError("timeout", $"a text pattern took longer than its {ex.MatchTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s limit on this input; not processed"));
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or IOException or UnauthorizedAccessException))
        {
            // (Read errors go to the caller, which reports them as such.)
            // A defect on one article must not cost the rest of the batch: report it in its place.
            return ArticleResult.Failed(source, new InputError("internal", $"internal error ({ex.GetType().Name}: {ex.Message}); please report it"));
        }
    }
}
