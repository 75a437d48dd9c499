namespace NewsExtract.Cli;

/// <summary>
/// Runs a function over items on up to <c>jobs</c> threads and hands the results on in the items'
/// order, keeping only a small window in memory, so output is identical for any job count. Items are
/// pulled lazily, by one worker at a time: a result is handed on as soon as it and those before it
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

        new Window<TItem, TResult>(items.GetEnumerator(), jobs, work).Drain(consume);
    }

    // The shared state of one parallel run. Workers are threads of their own and every wait blocks
    // on the lock's monitor: thread-pool tasks spun while waiting, which on a machine with as many
    // jobs as cores took CPU from the work.
    private sealed class Window<TItem, TResult>(IEnumerator<TItem> items, int jobs, Func<TItem, TResult> work)
    {
        private readonly object _gate = new();
        private readonly Dictionary<long, (TResult? Result, Exception? Failure)> _done = [];
        private readonly int _capacity = jobs * 4;
        private long _taken;   // items handed to workers
        private long _emitted; // results handed on
        private bool _reading; // a worker is pulling the next item (it may block on a pipe)
        private bool _exhausted;
        private bool _stopped;
        private int _running;
        private Exception? _readFailure;

        public void Drain(Action<TResult> consume)
        {
            _running = jobs;
            for (var i = 0; i < jobs; i++)
            {
                new Thread(Work) { IsBackground = true, Name = "newsextract-worker" }.Start();
            }

            try
            {
                while (Next() is { } next)
                {
                    if (next.Failure is not null)
                    {
                        System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(next.Failure).Throw();
                    }

                    consume(next.Result!);
                }
            }
            catch
            {
                lock (_gate)
                {
                    _stopped = true; // a closed pipe: the workers stop taking items
                    Monitor.PulseAll(_gate);
                }

                throw;
            }

            if (_readFailure is not null)
            {
                throw new AggregateException("reading the inputs failed", _readFailure);
            }
        }

        // The next result in item order, or null when all are handed on.
        private (TResult? Result, Exception? Failure)? Next()
        {
            lock (_gate)
            {
                while (true)
                {
                    if (_done.Remove(_emitted, out var next))
                    {
                        _emitted++;
                        Monitor.PulseAll(_gate); // room in the window
                        return next;
                    }

                    if (_exhausted && _running == 0)
                    {
                        return null;
                    }

                    Monitor.Wait(_gate);
                }
            }
        }

        private void Work()
        {
            try
            {
                while (Take() is { } taken)
                {
                    (TResult? Result, Exception? Failure) outcome;
                    try
                    {
                        outcome = (work(taken.Item), null);
                    }
                    catch (Exception ex)
                    {
                        outcome = (default, ex);
                    }

                    lock (_gate)
                    {
                        _done[taken.Index] = outcome;
                        Monitor.PulseAll(_gate);
                    }
                }
            }
            finally
            {
                lock (_gate)
                {
                    _running--;
                    Monitor.PulseAll(_gate);
                }
            }
        }

        // The next item and its place, or null when there are no more (or the run stopped). One worker
        // reads at a time, outside the lock, so results are handed on while it waits for input.
        private (long Index, TItem Item)? Take()
        {
            lock (_gate)
            {
                while (!_stopped && !_exhausted && (_reading || _taken - _emitted >= _capacity))
                {
                    Monitor.Wait(_gate);
                }

                if (_stopped || _exhausted)
                {
                    return null;
                }

                _reading = true;
            }

            var index = _taken;
            (long, TItem)? taken = null;
            Exception? failure = null;
            try
            {
                if (items.MoveNext())
                {
                    taken = (index, items.Current);
                }
                else
                {
                    items.Dispose();
                }
            }
            catch (Exception ex)
            {
                failure = ex;
            }

            lock (_gate)
            {
                _reading = false;
                if (taken is null)
                {
                    _exhausted = true;
                    _readFailure ??= failure;
                }
                else
                {
                    _taken++;
                }

                Monitor.PulseAll(_gate);
            }

            return taken;
        }
    }
}
