using System.Text.Json;

namespace NewsExtract.Output;

/// <summary>What <see cref="JsonArticleWriter"/> writes to: a <see cref="Utf8JsonWriter"/> or a <see cref="CompactJsonWriter"/>.</summary>
internal interface IJsonSink
{
    void WriteStartObject();

    void WriteStartObject(JsonName name);

    void WriteStartArray(JsonName name);

    void WriteEndObject();

    void WriteEndArray();

    void WriteString(JsonName name, string value);

    void WriteString(string name, string value);

    void WriteStringValue(string value);

    void WriteNumber(JsonName name, long value);

    void WriteNumber(JsonName name, double value);

    void WriteNull(JsonName name);
}

/// <summary>A property name, encoded once for each writer (a name given as a string is transcoded and checked on every write).</summary>
internal sealed class JsonName
{
    public JsonName(string name)
    {
        Encoded = JsonEncodedText.Encode(name);
        Separated = [.. ",\""u8, .. Encoded.EncodedUtf8Bytes, .. "\":"u8];
    }

    public JsonEncodedText Encoded { get; }

    /// <summary><c>,"name":</c>, whole after a value, from the quote first in an object.</summary>
    public byte[] Separated { get; }
}

/// <summary>A <see cref="CompactJsonWriter"/> as a sink; a struct, so the generic writer is compiled for it and its calls inlined.</summary>
internal readonly struct CompactJsonSink(CompactJsonWriter json) : IJsonSink
{
    public void WriteStartObject() => json.WriteStartObject();

    public void WriteStartObject(JsonName name) => json.WriteStartObject(name);

    public void WriteStartArray(JsonName name) => json.WriteStartArray(name);

    public void WriteEndObject() => json.WriteEndObject();

    public void WriteEndArray() => json.WriteEndArray();

    public void WriteString(JsonName name, string value) => json.WriteString(name, value);

    public void WriteString(string name, string value) => json.WriteString(name, value);

    public void WriteStringValue(string value) => json.WriteStringValue(value);

    public void WriteNumber(JsonName name, long value) => json.WriteNumber(name, value);

    public void WriteNumber(JsonName name, double value) => json.WriteNumber(name, value);

    public void WriteNull(JsonName name) => json.WriteNull(name);
}

/// <summary>A <see cref="Utf8JsonWriter"/> as a sink; a struct, so the generic writer is compiled for it without dispatch.</summary>
internal readonly struct Utf8JsonSink(Utf8JsonWriter json) : IJsonSink
{
    public void WriteStartObject() => json.WriteStartObject();

    public void WriteStartObject(JsonName name) => json.WriteStartObject(name.Encoded);

    public void WriteStartArray(JsonName name) => json.WriteStartArray(name.Encoded);

    public void WriteEndObject() => json.WriteEndObject();

    public void WriteEndArray() => json.WriteEndArray();

    public void WriteString(JsonName name, string value) => json.WriteString(name.Encoded, value);

    public void WriteString(string name, string value) => json.WriteString(name, value);

    public void WriteStringValue(string value) => json.WriteStringValue(value);

    public void WriteNumber(JsonName name, long value) => json.WriteNumber(name.Encoded, value);

    public void WriteNumber(JsonName name, double value) => json.WriteNumber(name.Encoded, value);

    public void WriteNull(JsonName name) => json.WriteNull(name.Encoded);
}
