using System.Buffers;
using System.Text;
using System.Text.Json;

namespace NewsExtract.Output;

/// <summary>
/// Streams article results to an output in one <see cref="OutputFormat"/>. With
/// <c>flushEachArticle</c> the output is flushed after every article, so a consumer (a terminal, a
/// cluster's line reader feeding one record at a time) sees each one at once; otherwise only at the
/// end (and whenever the caller's buffer fills), which spares a batch a system call per article.
/// </summary>
public abstract class ResultWriter : IDisposable
{
    private readonly bool _flushEachArticle;

    protected ResultWriter(Stream output, OutputOptions options, bool flushEachArticle)
    {
        Output = output;
        Options = options;
        _flushEachArticle = flushEachArticle;
    }

    protected Stream Output { get; }

    protected OutputOptions Options { get; }

    /// <param name="asArray">For JSON: wrap the articles in an array (several inputs) or not (one).</param>
    /// <param name="flushEachArticle">Flush the output after every article, not only at the end.</param>
    public static ResultWriter Create(OutputFormat format, Stream output, OutputOptions options, bool asArray, bool flushEachArticle = true) => format switch
    {
        OutputFormat.Json => new JsonResultWriter(output, options, asArray, flushEachArticle),
        OutputFormat.JsonLines => new JsonLinesResultWriter(output, options, flushEachArticle),
        OutputFormat.Csv => new CsvResultWriter(output, options, flushEachArticle),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown output format"),
    };

    /// <summary>Whether the output is flushed after every article.</summary>
    protected bool FlushesEachArticle => _flushEachArticle;

    /// <summary>Ends one article: the output is flushed when every article should be.</summary>
    protected void ArticleDone()
    {
        if (_flushEachArticle)
        {
            Output.Flush();
        }
    }

    public abstract void Begin();

    public abstract void Write(ArticleResult result);

    /// <summary>
    /// Whatever of writing <paramref name="result"/> can be done apart from the output (its bytes, for
    /// JSON Lines), or null; thread-safe, so parallel workers can do it. Hand it to <see
    /// cref="Write(ArticleResult, object?)"/> with the result.
    /// </summary>
    public virtual object? Prepare(ArticleResult result) => null;

    /// <summary>Writes <paramref name="result"/>, using what <see cref="Prepare"/> made of it when given.</summary>
    public virtual void Write(ArticleResult result, object? prepared) => Write(result);

    public abstract void End();

    public virtual void Dispose()
    {
        GC.SuppressFinalize(this);
    }

    // The JSON writers write into a buffer of their own and copy each article to the output in one
    // write: Utf8JsonWriter.Flush on a stream would flush the stream too, article by article.
    private sealed class JsonResultWriter(Stream output, OutputOptions options, bool asArray, bool flushEachArticle) : ResultWriter(output, options, flushEachArticle)
    {
        private readonly ArrayBufferWriter<byte> _buffer = new();
        private Utf8JsonWriter? _json;

        private Utf8JsonWriter Json => _json ??= new Utf8JsonWriter(_buffer, JsonArticleWriter.WriterOptions(indented: true));

        public override void Begin()
        {
            if (asArray)
            {
                Json.WriteStartArray();
                Copy();
            }
        }

        public override void Write(ArticleResult result)
        {
            JsonArticleWriter.Write(Json, result, Options);
            Copy();
            ArticleDone();
        }

        public override void End()
        {
            if (asArray)
            {
                Json.WriteEndArray();
            }

            Copy();
            Output.WriteByte((byte)'\n');
            Output.Flush();
        }

        public override void Dispose()
        {
            _json?.Dispose();
            base.Dispose();
        }

        private void Copy()
        {
            Json.Flush();
            Output.Write(_buffer.WrittenSpan);
            _buffer.ResetWrittenCount();
        }
    }

    private sealed class JsonLinesResultWriter(Stream output, OutputOptions options, bool flushEachArticle) : ResultWriter(output, options, flushEachArticle)
    {
        // Each thread writes its lines into a buffer of its own (Prepare runs on the workers).
        [ThreadStatic]
        private static CompactJsonWriter? t_writer;

        public override void Begin()
        {
        }

        public override void Write(ArticleResult result) => Write(result, Prepare(result));

        public override object? Prepare(ArticleResult result)
        {
            var json = t_writer ??= new CompactJsonWriter();
            json.Clear();
            JsonArticleWriter.Write(json, result, Options);
            json.WriteRaw("\n"u8);
            var line = GC.AllocateUninitializedArray<byte>(json.Written.Length); // all overwritten: no clearing
            json.Written.CopyTo(line);
            return line;
        }

        public override void Write(ArticleResult result, object? prepared)
        {
            Output.Write(prepared as byte[] ?? (byte[])Prepare(result)!);
            ArticleDone();
        }

        public override void End() => Output.Flush();
    }

    private sealed class CsvResultWriter : ResultWriter
    {
        private readonly StreamWriter _text;
        private readonly CsvArticleWriter _csv;

        public CsvResultWriter(Stream output, OutputOptions options, bool flushEachArticle)
            : base(output, options, flushEachArticle)
        {
            _text = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16, leaveOpen: true);
            _csv = new CsvArticleWriter(_text);
        }

        public override void Begin()
        {
            _csv.WriteHeader();
            Flush();
        }

        public override void Write(ArticleResult result)
        {
            _csv.Write(result, Options);
            if (FlushesEachArticle)
            {
                Flush(); // (flushing the CSV and text writers flushes the output too)
            }
        }

        public override void End() => Flush();

        public override void Dispose()
        {
            _csv.Dispose();
            _text.Dispose();
            base.Dispose();
        }

        private void Flush()
        {
            _csv.Flush();
            _text.Flush();
            Output.Flush();
        }
    }
}
