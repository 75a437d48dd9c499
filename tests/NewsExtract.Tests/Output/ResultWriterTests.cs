using NewsExtract.Output;

namespace NewsExtract.Tests.Output;

public sealed class ResultWriterTests
{
    [Fact]
    public void Json_lines_prepared_on_many_threads_are_the_lines_written_in_turn()
    {
        var results = Enumerable.Range(0, 200)
            .Select(i => ArticleProcessor.ProcessText($"a{i}.txt", $"On Monday {i + 2} ministers met Mayor Ruth Penhale, who said \"we agreed\".", new ExtractionOptions(new DateOnly(2025, 6, 9))))
            .ToList();

        var inTurn = Written(results, (writer, result) => writer.Write(result));
        var prepared = new object?[results.Count];
        using (var probe = ResultWriter.Create(OutputFormat.JsonLines, Stream.Null, new OutputOptions(), asArray: false))
        {
            Parallel.For(0, results.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => prepared[i] = probe.Prepare(results[i]));
        }

        var fromWorkers = Written(results, (writer, result) => writer.Write(result, prepared[results.IndexOf(result)]));

        Assert.Equal(inTurn, fromWorkers);
        Assert.Equal(200, System.Text.Encoding.UTF8.GetString(inTurn).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    private static byte[] Written(IEnumerable<ArticleResult> results, Action<ResultWriter, ArticleResult> write)
    {
        var output = new MemoryStream();
        using var writer = ResultWriter.Create(OutputFormat.JsonLines, output, new OutputOptions(), asArray: false);
        writer.Begin();
        foreach (var result in results)
        {
            write(writer, result);
        }

        writer.End();
        return output.ToArray();
    }
}
