using System.Collections.Concurrent;

namespace NewsExtract.Cli;

/// <summary>
/// Runs a function over items on up to <c>jobs</c> threads and hands the results on in the items'
/// order, keeping only a small window in memory, so output is identical for any job count. Items are
/// pulled lazily on a thread of their own: a result is handed on as soon as it and those before it
/// are done, even while the next item is still being read (a pipe that sends one line at a time).
/// </summary>
internal static class OrderedRunner
{
    public static void Run<TItem, TResult>(IEnumerable<TItem> items, int jobs, Func<TItem, TResult> work, Action<TResult> consume)
    {
        if (jobs <= 1)
        {
            foreach (var item in items)
            {
                consume(work(item));
            }

            return;
        }

        var scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, jobs).ConcurrentScheduler;
        // Not disposed: the reader thread may still be blocked on input when a closed pipe ends the run.
        var window = new BlockingCollection<Task<TResult>>(boundedCapacity: jobs * 4);
        var stop = new CancellationTokenSource();
        Exception? readFailure = null;
        var reader = new Thread(() =>
        {
            try
            {
                foreach (var item in items)
                {
                    var task = Task.Factory.StartNew(() => work(item), CancellationToken.None, TaskCreationOptions.None, scheduler);
                    window.Add(task, stop.Token);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The consumer stopped (closed pipe): nothing more to read.
            }
            catch (Exception ex)
            {
                readFailure = ex;
            }
            finally
            {
                window.CompleteAdding();
            }
        })
        {
            IsBackground = true,
            Name = "newsextract-reader",
        };
        reader.Start();
        try
        {
            foreach (var task in window.GetConsumingEnumerable())
            {
                consume(task.GetAwaiter().GetResult());
            }
        }
        catch
        {
            stop.Cancel();
            throw;
        }

        reader.Join();
        if (readFailure is not null)
        {
            throw new AggregateException("reading the inputs failed", readFailure);
        }
    }
}
