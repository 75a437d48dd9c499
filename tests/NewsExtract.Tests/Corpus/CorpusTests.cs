using System.Text;
using System.Text.Json;
using NewsExtract.Output;

namespace NewsExtract.Tests.Corpus;

/// <summary>
/// One generic theory over the corpus files (Corpus/*.json), Duckling style: every case is a sentence
/// with the items it must yield, every negative a sentence that must not yield the items it rejects,
/// and every unsupported case a known gap with its reason. The format is in Corpus/README.md.
/// </summary>
public sealed class CorpusTests
{
    public static TheoryData<string, int> Cases() => Enumerate("cases");

    public static TheoryData<string, int> Negatives() => Enumerate("negatives");

    public static TheoryData<string, int> Unsupported() => Enumerate("unsupported");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_yields_expected_items(string file, int index)
    {
        var corpus = CorpusFile.Load(file);
        var entry = corpus.Entries("cases")[index];
        var failure = corpus.Check(entry);
        Assert.True(failure is null, failure);
    }

    [Theory]
    [MemberData(nameof(Negatives))]
    public void Negative_yields_no_rejected_item(string file, int index)
    {
        var corpus = CorpusFile.Load(file);
        var entry = corpus.Entries("negatives")[index];
        var items = corpus.Run(entry);
        var rejects = entry.TryGetProperty("reject", out var r) ? r.EnumerateArray().ToList() : null;
        foreach (var item in items)
        {
            var rejected = rejects is null || rejects.Any(pattern => JsonSubset.Matches(pattern, item));
            Assert.False(rejected, $"{corpus.Name} negative \"{entry.GetProperty("text").GetString()}\" yielded {item}");
        }
    }

    [Theory]
    [MemberData(nameof(Unsupported))]
    public void Unsupported_case_has_reason_and_still_fails(string file, int index)
    {
        var corpus = CorpusFile.Load(file);
        var entry = corpus.Entries("unsupported")[index];
        Assert.False(string.IsNullOrWhiteSpace(entry.GetProperty("reason").GetString()), "an unsupported case needs a reason");
        Assert.True(corpus.Check(entry) is not null,
            $"{corpus.Name}: unsupported case \"{entry.GetProperty("text").GetString()}\" now passes: move it to cases");
    }

    private static TheoryData<string, int> Enumerate(string section)
    {
        var data = new TheoryData<string, int>();
        foreach (var file in CorpusFile.All())
        {
            var corpus = CorpusFile.Load(file);
            for (var i = 0; i < corpus.Entries(section).Count; i++)
            {
                data.Add(Path.GetFileName(file), i);
            }
        }

        return data;
    }
}

/// <summary>A loaded corpus file and how to run its entries through the real pipeline and writer.</summary>
internal sealed class CorpusFile
{
    private static readonly Dictionary<string, CorpusFile> Cache = new();
    private readonly JsonElement _root;

    private CorpusFile(string name, JsonElement root)
    {
        Name = name;
        _root = root;
        Kind = root.GetProperty("extractor").GetString()!;
    }

    public string Name { get; }

    /// <summary>dates, counts, officials or quotes: the output list the entries are checked against.</summary>
    public string Kind { get; }

    public static IEnumerable<string> All() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus"), "*.json").Order(StringComparer.Ordinal);

    public static CorpusFile Load(string file)
    {
        lock (Cache)
        {
            var path = Path.Combine(AppContext.BaseDirectory, "Corpus", Path.GetFileName(file));
            if (!Cache.TryGetValue(path, out var corpus))
            {
                using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
                corpus = new CorpusFile(Path.GetFileName(path), document.RootElement.Clone());
                Cache[path] = corpus;
            }

            return corpus;
        }
    }

    public IReadOnlyList<JsonElement> Entries(string section) =>
        _root.TryGetProperty(section, out var list) ? list.EnumerateArray().ToList() : [];

    /// <summary>Runs one entry's text and returns the items of this corpus's kind as written to JSON.</summary>
    public IReadOnlyList<JsonElement> Run(JsonElement entry)
    {
        var text = entry.GetProperty("text").GetString()!;
        var referenceDate = ReferenceDate(entry);
        var kinds = Enum.Parse<FactKinds>(Kind, ignoreCase: true);
        var result = ArticleProcessor.ProcessText("corpus", text, new ExtractionOptions(referenceDate, kinds));
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonArticleWriter.WriterOptions(indented: false)))
        {
            JsonArticleWriter.Write(writer, result, new OutputOptions(Kinds: kinds));
        }

        using var output = JsonDocument.Parse(buffer.ToArray());
        return output.RootElement.GetProperty(Kind).EnumerateArray().Select(e => e.Clone()).ToList();
    }

    /// <summary>Null when the entry's expectations hold, else a message saying what differs.</summary>
    public string? Check(JsonElement entry)
    {
        var items = Run(entry);
        var expected = entry.GetProperty("expect").EnumerateArray().ToList();
        var exact = !entry.TryGetProperty("exact", out var e) || e.GetBoolean();
        var problems = new StringBuilder();
        var used = new HashSet<int>();
        foreach (var want in expected)
        {
            var hit = Enumerable.Range(0, items.Count).FirstOrDefault(i => !used.Contains(i) && JsonSubset.Matches(want, items[i]), -1);
            if (hit < 0)
            {
                problems.AppendLine($"  missing {want}");
            }
            else
            {
                used.Add(hit);
            }
        }

        if (exact)
        {
            for (var i = 0; i < items.Count; i++)
            {
                if (!used.Contains(i))
                {
                    problems.AppendLine($"  extra {items[i]}");
                }
            }
        }

        return problems.Length == 0
            ? null
            : $"{Name}: \"{entry.GetProperty("text").GetString()}\"\n{problems}  got [{string.Join(", ", items)}]";
    }

    private DateOnly? ReferenceDate(JsonElement entry)
    {
        var source = entry.TryGetProperty("reference_date", out var own) ? own
            : _root.TryGetProperty("reference_date", out var shared) ? shared
            : default;
        return source.ValueKind == JsonValueKind.String ? DateOnly.Parse(source.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : null;
    }
}

/// <summary>Whether an expected JSON value is contained in an actual one (objects by their listed properties).</summary>
internal static class JsonSubset
{
    public static bool Matches(JsonElement expected, JsonElement actual)
    {
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                if (actual.ValueKind != JsonValueKind.Object)
                {
                    return false;
                }

                foreach (var property in expected.EnumerateObject())
                {
                    if (!actual.TryGetProperty(property.Name, out var value) || !Matches(property.Value, value))
                    {
                        return false;
                    }
                }

                return true;
            case JsonValueKind.Array:
                if (actual.ValueKind != JsonValueKind.Array || actual.GetArrayLength() != expected.GetArrayLength())
                {
                    return false;
                }

                return expected.EnumerateArray().Zip(actual.EnumerateArray()).All(pair => Matches(pair.First, pair.Second));
            case JsonValueKind.Number:
                return actual.ValueKind == JsonValueKind.Number && expected.GetDouble() == actual.GetDouble();
            case JsonValueKind.String:
                return actual.ValueKind == JsonValueKind.String && expected.GetString() == actual.GetString();
            default:
                return expected.ValueKind == actual.ValueKind;
        }
    }
}
