using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using NewsExtract.Output;

namespace NewsExtract.Bench;

/// <summary>Writing already extracted results as the contract JSON (compact, as jsonl; and indented).</summary>
[MemoryDiagnoser]
public class JsonWritingBenchmarks
{
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private IReadOnlyList<ArticleResult> _results = [];

    [GlobalSetup]
    public void Setup()
    {
        var options = new ExtractionOptions(SampleArticles.ReferenceDate);
        _results = SampleArticles.Load().Select(a => ArticleProcessor.ProcessText(a.Name, a.Text, options)).ToList();
    }

    [Benchmark(Baseline = true)]
    public int JsonLines() => Write(indented: false);

    [Benchmark]
    public int IndentedJson() => Write(indented: true);

    private int Write(bool indented)
    {
        _buffer.ResetWrittenCount();
        using var json = new Utf8JsonWriter(_buffer, JsonArticleWriter.WriterOptions(indented));
        var output = new OutputOptions();
        foreach (var result in _results)
        {
            JsonArticleWriter.Write(json, result, output);
            json.Flush();
            json.Reset();
        }

        return _buffer.WrittenCount;
    }
}
