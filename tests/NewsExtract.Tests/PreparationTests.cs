using System.Text;
using System.Text.Json;
using NewsExtract.Output;

namespace NewsExtract.Tests;

/// <summary>
/// <see cref="NewsExtractor.Prepare"/> only loads ahead of time: run on other threads while articles
/// are extracted, it must not change what they give.
/// </summary>
public sealed class PreparationTests
{
    [Fact]
    public async Task Preparing_alongside_extraction_changes_no_result()
    {
        var samples = Directory.GetFiles(Path.Combine(Repository.Root(), "samples"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        var expected = samples.Select(Json).ToList();

        var preparing = Enumerable.Range(0, 4).Select(_ => Task.Run(() => NewsExtractor.Prepare(FactKinds.All))).ToArray();
        var extracting = samples.Select(bytes => Task.Run(() => Json(bytes))).ToArray();
        await Task.WhenAll(preparing);

        Assert.Equal(expected, await Task.WhenAll(extracting));
    }

    [Theory]
    [InlineData(FactKinds.None)]
    [InlineData(FactKinds.Dates)]
    [InlineData(FactKinds.Officials | FactKinds.Counts)]
    [InlineData(FactKinds.All)]
    public void Any_kinds_can_be_prepared(FactKinds kinds) => NewsExtractor.Prepare(kinds);

    private static string Json(byte[] bytes)
    {
        var result = ArticleProcessor.Process("sample.txt", bytes, InputFormat.Text, new ExtractionOptions(new DateOnly(2025, 6, 9)));
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonArticleWriter.WriterOptions(indented: false)))
        {
            JsonArticleWriter.Write(json, result, new OutputOptions());
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
