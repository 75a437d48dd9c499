using System.Text;
using System.Text.Json;
using NewsExtract;
using NewsExtract.Output;
using SharpFuzz;

// Feeds fuzzer bytes through one input path of the library (decode, segment, the four extractors,
// the JSON writer) and turns every broken promise of the output contract into a crash.
// Targets: text, html, or both (the first byte picks the path: odd for HTML), so one run covers both.
var target = args.Length > 0 ? args[0] : "both";
if (target is not ("text" or "html" or "both"))
{
    throw new ArgumentException($"unknown target '{target}': text, html or both");
}

// Nothing from NewsExtract.Core may run before Fuzzer.Run: its instrumented code writes to AFL's
// shared memory, which only exists from then on.
Fuzzer.OutOfProcess.Run(stream =>
{
    var options = new ExtractionOptions(new DateOnly(2025, 6, 9));
    var output = new OutputOptions(IncludeText: true);
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    var bytes = buffer.ToArray();
    var format = target == "html" ? InputFormat.Html : InputFormat.Text;
    if (target == "both" && bytes.Length > 0)
    {
        format = (bytes[0] & 1) == 1 ? InputFormat.Html : InputFormat.Text;
        bytes = bytes[1..];
    }

    var result = ArticleProcessor.Process(format == InputFormat.Html ? "fuzz.html" : "fuzz.txt", bytes, format, options);
    var json = new MemoryStream();
    using (var writer = ResultWriter.Create(OutputFormat.Json, json, output, asArray: false))
    {
        writer.Begin();
        writer.Write(result);
        writer.End();
    }

    using var document = JsonDocument.Parse(json.ToArray());
    if (result.Error is null)
    {
        SpanCheck.EveryItemMatchesItsSpan(document.RootElement);
    }
});

/// <summary>The contract: every item's text is the code points [start, end) of the article text.</summary>
internal static class SpanCheck
{
    public static void EveryItemMatchesItsSpan(JsonElement article)
    {
        var codePoints = article.GetProperty("text").GetString()!.EnumerateRunes().ToArray();
        foreach (var list in new[] { "dates", "counts", "quotes" })
        {
            foreach (var item in article.GetProperty(list).EnumerateArray())
            {
                Check(codePoints, item);
            }
        }

        foreach (var official in article.GetProperty("officials").EnumerateArray())
        {
            foreach (var mention in official.GetProperty("mentions").EnumerateArray())
            {
                Check(codePoints, mention);
            }
        }

        if (article.TryGetProperty("dateline", out var dateline))
        {
            Check(codePoints, dateline);
        }
    }

    private static void Check(Rune[] codePoints, JsonElement item)
    {
        var start = item.GetProperty("start").GetInt32();
        var end = item.GetProperty("end").GetInt32();
        if (start < 0 || end < start || end > codePoints.Length)
        {
            throw new InvalidOperationException($"span [{start}, {end}) outside a text of {codePoints.Length} code points");
        }

        var span = string.Concat(codePoints[start..end].Select(r => r.ToString()));
        var text = item.GetProperty("text").GetString();
        if (text != span)
        {
            throw new InvalidOperationException($"item text '{text}' is not its span [{start}, {end}) '{span}'");
        }
    }
}
