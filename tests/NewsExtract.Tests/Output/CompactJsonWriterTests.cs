using System.Text;
using System.Text.Json;
using NewsExtract.Output;

namespace NewsExtract.Tests.Output;

public sealed class CompactJsonWriterTests
{
    private static readonly JsonName s_name = new("value");

    [Fact]
    public void Every_single_character_is_written_as_the_utf8_json_writer_writes_it()
    {
        var values = Enumerable.Range(0, char.MaxValue + 1).Select(c => ((char)c).ToString()).ToList();

        AssertSame(values, []);
    }

    [Fact]
    public void Strings_short_and_long_with_escapes_anywhere_are_written_as_the_utf8_json_writer_writes_them()
    {
        string[] pieces = ["a", "rule.id", "\"", "\\", "\n", "\u007f", "é", "’", "\ud83d\ude00", "\ud800", "\u2028", "<&>'+`", " ", "/"];
        var values = new List<string> { string.Empty };
        foreach (var length in new[] { 1, 15, 16, 17, 40, 200 })
        {
            foreach (var piece in pieces)
            {
                var plain = new string('x', length);
                values.Add(plain);
                values.Add(piece + plain);
                values.Add(plain + piece);
                values.Add(plain[..(length / 2)] + piece + plain[(length / 2)..]);
            }
        }

        AssertSame(values, []);
    }

    [Fact]
    public void Numbers_are_written_as_the_utf8_json_writer_writes_them()
    {
        double[] numbers =
        [
            0, -0.0, 1, 2.5, 0.1, 1200, 2_500_000, 1e14, 999_999_999_999_999, 1e15, 1e16, 123_456_789_012_345_678, -1, -2.5,
            double.Epsilon, double.MaxValue, 1.0 / 3, 4_503_599_627_370_496.5, 9_007_199_254_740_993,
        ];

        AssertSame(["x"], numbers);
    }

    private static void AssertSame(IReadOnlyList<string> values, IReadOnlyList<double> numbers)
    {
        var expected = new MemoryStream();
        using (var json = new Utf8JsonWriter(expected, JsonArticleWriter.WriterOptions(indented: false)))
        {
            WriteAll(new Utf8JsonSink(json), values, numbers);
        }

        var compact = new CompactJsonWriter();
        WriteAll(new CompactJsonSink(compact), values, numbers);

        Assert.Equal(Encoding.UTF8.GetString(expected.ToArray()), Encoding.UTF8.GetString(compact.Written));
        Assert.True(expected.ToArray().AsSpan().SequenceEqual(compact.Written));
    }

    private static void WriteAll<TJson>(TJson json, IReadOnlyList<string> values, IReadOnlyList<double> numbers)
        where TJson : struct, IJsonSink
    {
        json.WriteStartObject();
        json.WriteStartArray(s_name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
            json.WriteStartObject();
            json.WriteString(s_name, value);
            json.WriteString(value, value); // a name given as a string, escaped as a value is
            json.WriteNull(s_name);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        foreach (var number in numbers)
        {
            json.WriteStartObject(s_name);
            json.WriteNumber(s_name, number);
            json.WriteNumber(s_name, (long)Math.Clamp(number, long.MinValue, long.MaxValue));
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }
}
