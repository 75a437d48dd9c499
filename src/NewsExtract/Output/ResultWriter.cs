using System.Text;
using System.Text.Json;

namespace NewsExtract.Output;

/// <summary>
/// Streams article results to an output in one <see cref="OutputFormat"/>, flushing after every
/// article so a consumer (a pipe, <c>head</c>, a cluster's line reader) sees each one at once.
/// </summary>
public abstract class ResultWriter : IDisposable
{
    protected ResultWriter(Stream output, OutputOptions options)
    {
        Output = output;
        Options = options;
    }

    protected Stream Output { get; }

    protected OutputOptions Options { get; }

    /// <param name="asArray">For JSON: wrap the articles in an array (several inputs) or not (one).</param>
    public static ResultWriter Create(OutputFormat format, Stream output, OutputOptions options, bool asArray) => format switch
    {
        OutputFormat.Json => new JsonResultWriter(output, options, asArray),
        OutputFormat.JsonLines => new JsonLinesResultWriter(output, options),
        OutputFormat.Csv => new CsvResultWriter(output, options),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown output format"),
    };

    public abstract void Begin();

    public abstract void Write(ArticleResult result);

    public abstract void End();

    public virtual void Dispose()
    {
        GC.SuppressFinalize(this);
    }

    private sealed class JsonResultWriter(Stream output, OutputOptions options, bool asArray) : ResultWriter(output, options)
    {
        private readonly Utf8JsonWriter _json = new(output, JsonArticleWriter.WriterOptions(indented: true));

        public override void Begin()
        {
            if (asArray)
            {
                _json.WriteStartArray();
                _json.Flush();
            }
        }

        public override void Write(ArticleResult result)
        {
            JsonArticleWriter.Write(_json, result, Options);
            _json.Flush();
            Output.Flush();
        }

        public override void End()
        {
            if (asArray)
            {
                _json.WriteEndArray();
            }

            _json.Flush();
            Output.WriteByte((byte)'\n');
            Output.Flush();
        }

        public override void Dispose()
        {
            _json.Dispose();
            base.Dispose();
        }
    }

    private sealed class JsonLinesResultWriter(Stream output, OutputOptions options) : ResultWriter(output, options)
    {
        private readonly Utf8JsonWriter _json = new(output, JsonArticleWriter.WriterOptions(indented: false));

        public override void Begin()
        {
        }

        public override void Write(ArticleResult result)
        {
            // A fresh top-level value per line: Reset keeps the writer's buffers.
            _json.Reset(Output);
            JsonArticleWriter.Write(_json, result, Options);
            _json.Flush();
            Output.WriteByte((byte)'\n');
            Output.Flush();
        }

        public override void End() => Output.Flush();

        public override void Dispose()
        {
            _json.Dispose();
            base.Dispose();
        }
    }

    private sealed class CsvResultWriter : ResultWriter
    {
        private readonly StreamWriter _text;
        private readonly CsvArticleWriter _csv;

        public CsvResultWriter(Stream output, OutputOptions options)
            : base(output, options)
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
            Flush();
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
