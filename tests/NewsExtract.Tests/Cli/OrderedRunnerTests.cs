using NewsExtract.Cli;

namespace NewsExtract.Tests.Cli;

public sealed class OrderedRunnerTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public void Results_come_in_item_order_whatever_finishes_first(int jobs)
    {
        var results = new List<int>();

        // Later items finish first: each sleeps less than the one before.
        OrderedRunner.Run(Enumerable.Range(0, 60), jobs, item =>
        {
            Thread.Sleep((60 - item) % 7);
            return item * 10;
        }, results.Add);

        Assert.Equal(Enumerable.Range(0, 60).Select(i => i * 10), results);
    }

    [Fact]
    public void Results_are_handed_on_one_at_a_time_though_workers_hand_them_on()
    {
        var inside = 0;
        var overlaps = 0;
        var results = new List<int>();

        OrderedRunner.Run(Enumerable.Range(0, 400), 4, item => item, result =>
        {
            if (Interlocked.Increment(ref inside) != 1)
            {
                Interlocked.Increment(ref overlaps);
            }

            results.Add(result);
            Thread.SpinWait(200);
            Interlocked.Decrement(ref inside);
        });

        Assert.Equal(0, overlaps);
        Assert.Equal(Enumerable.Range(0, 400), results);
    }

    [Fact]
    public void A_failing_item_fails_the_run_where_it_stands_after_the_results_before_it()
    {
        var results = new List<int>();

        var failure = Assert.Throws<InvalidOperationException>(() => OrderedRunner.Run(Enumerable.Range(0, 20), 3, item =>
            item == 7 ? throw new InvalidOperationException("item 7") : item, results.Add));

        Assert.Equal("item 7", failure.Message);
        Assert.Equal(Enumerable.Range(0, 7), results);
    }

    [Fact]
    public void A_failure_to_read_comes_after_every_item_read_before_it()
    {
        var results = new List<int>();

        var failure = Assert.Throws<AggregateException>(() => OrderedRunner.Run(ItemsThenFailure(5), 2, item => item, results.Add));

        Assert.IsType<IOException>(failure.InnerException);
        Assert.Equal(Enumerable.Range(0, 5), results);
    }

    [Fact]
    public void A_result_is_handed_on_while_the_next_item_is_still_being_read()
    {
        using var firstConsumed = new ManualResetEventSlim();
        var results = new List<int>();

        // The second item only arrives once the first result is out, as on a pipe that waits for answers.
        OrderedRunner.Run(ItemsWaitingFor(firstConsumed), 2, item => item, result =>
        {
            results.Add(result);
            firstConsumed.Set();
        });

        Assert.Equal([1, 2], results);
    }

    [Fact]
    public void A_consumer_that_stops_ends_the_run_without_waiting_for_the_rest()
    {
        var taken = 0;

        Assert.Throws<IOException>(() => OrderedRunner.Run(Endless(() => Interlocked.Increment(ref taken)), 2, item => item, result =>
        {
            if (result == 3)
            {
                throw new IOException("broken pipe");
            }
        }));

        Assert.InRange(Volatile.Read(ref taken), 3, 3 + (2 * 4) + 2); // at most a window of items past the stop
    }

    private static IEnumerable<int> ItemsThenFailure(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return i;
        }

        throw new IOException("disk gone");
    }

    private static IEnumerable<int> ItemsWaitingFor(ManualResetEventSlim firstConsumed)
    {
        yield return 1;
        Assert.True(firstConsumed.Wait(TimeSpan.FromSeconds(30)), "the first result was held back until the next item was read");
        yield return 2;
    }

    private static IEnumerable<int> Endless(Func<int> next)
    {
        while (true)
        {
            yield return next();
        }
    }
}
