using System.Buffers;
using System.Text.Json;
using NewsExtract.Output;

namespace NewsExtract.Evaluation;

/// <summary>
/// Predictions made on the spot: each gold article's input (paired as score.py pairs sources) is
/// parsed with the gold's reference date, or the fallback date, and written as the contract JSON so
/// that it is scored exactly as `parse` output would be. Inputs no gold pairs with are never parsed.
/// </summary>
public sealed class InputPredictions
{
    private static readonly string[] ArticleExtensions = [".txt", ".html", ".htm", GoldArticle.TimeMlExtension];

    private readonly IReadOnlyList<string> _files;
    private readonly SourcePairing _pairing;
    private readonly DateOnly? _fallbackDate;
    private readonly Dictionary<(int File, DateOnly? Date), JsonElement> _parsed = [];
    private readonly List<FileProblem> _problems = [];

    public InputPredictions(IReadOnlyList<string> files, DateOnly? fallbackDate)
    {
        _files = files;
        _pairing = new SourcePairing(files);
        _fallbackDate = fallbackDate;
    }

    /// <summary>Inputs that could not be read; each also yields an error record, as in `parse` output.</summary>
    public IReadOnlyList<FileProblem> Problems => _problems;

    /// <summary>Files as given, and the article files (.txt, .html, .htm, .tml) under directories, sorted.</summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<FileProblem> Problems) Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var problems = new List<FileProblem>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => ArticleExtensions.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                problems.Add(new FileProblem(path, "no such file or directory"));
            }
        }

        return (files, problems);
    }

    public JsonElement? For(GoldArticle gold)
    {
        if (_pairing.Find(gold.Source, gold.Key) is not { } file)
        {
            return null;
        }

        var date = gold.ReferenceDate ?? _fallbackDate;
        if (!_parsed.TryGetValue((file, date), out var prediction))
        {
            prediction = Parse(_files[file], date);
            _parsed[(file, date)] = prediction;
        }

        return prediction;
    }

    private JsonElement Parse(string path, DateOnly? date)
    {
        var result = Process(path, new ExtractionOptions(date));
        if (result.Error is { } error)
        {
            _problems.Add(new FileProblem(path, error.Message));
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, JsonArticleWriter.WriterOptions(indented: false)))
        {
            JsonArticleWriter.Write(json, result, new OutputOptions());
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    private static ArticleResult Process(string path, ExtractionOptions options)
    {
        try
        {
            if (path.EndsWith(GoldArticle.TimeMlExtension, StringComparison.OrdinalIgnoreCase))
            {
                // A TimeML file's article is its TEXT, the text its TIMEX3 offsets count in.
                using var stream = File.OpenRead(path);
                return ArticleProcessor.ProcessText(path, TimeMlDocument.Read(stream).Text, options);
            }

            return ArticleProcessor.Process(path, File.ReadAllBytes(path), ArticleProcessor.FormatOf(path), options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Xml.XmlException)
        {
            return ArticleResult.Failed(path, new InputError("unreadable", e.Message));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // As `parse` does: a defect on one article becomes that article's error record, not the end of the run.
            return ArticleResult.Failed(path, new InputError("internal", $"internal error ({e.GetType().Name}: {e.Message})"));
        }
    }
}
