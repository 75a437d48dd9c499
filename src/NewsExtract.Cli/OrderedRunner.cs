namespace NewsExtract.Cli;

/// <summary>
/// Runs a function over items on up to <c>jobs</c> threads and hands the results on in the items'
/// order, keeping only a small window of results in memory, so output is identical for any job count.
/// </summary>
internal static class OrderedRunner
{
    public static void Run<TItem, TResult>(IReadOnlyList<TItem> items, int jobs, Func<TItem, TResult> work, Action<TResult> consume)
    {
        if (jobs <= 1 || items.Count <= 1)
        {
            foreach (var item in items)
            {
                consume(work(item));
            }

            return;
        }

        var scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, jobs).ConcurrentScheduler;
        var window = new Queue<Task<TResult>>();
        var next = 0;
        while (next < items.Count || window.Count > 0)
        {
            while (next < items.Count && window.Count < jobs * 4)
            {
                var item = items[next++];
                window.Enqueue(Task.Factory.StartNew(() => work(item), CancellationToken.None, TaskCreationOptions.None, scheduler));
            }

            consume(window.Dequeue().GetAwaiter().GetResult());
        }
    }
}
