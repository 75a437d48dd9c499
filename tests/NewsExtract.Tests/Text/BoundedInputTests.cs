using System.Text;
using NewsExtract.Cli;
using NewsExtract.Text;

namespace NewsExtract.Tests.Text;

public sealed class BoundedInputTests
{
    [Theory]
    [InlineData(0, 10, -1)]
    [InlineData(10, 10, -1)]
    [InlineData(10, 10, 10)]
    [InlineData(200_000, 300_000, -1)]
    [InlineData(200_000, 300_000, 1000)]
    [InlineData(1000, 300_000, 200_000)]
    public void Reads_whole_inputs_up_to_the_limit_whatever_the_expected_length(int size, long limit, long expected)
    {
        var data = Enumerable.Range(0, size).Select(i => (byte)i).ToArray();

        Assert.Equal(data, BoundedInput.ReadAll(new TrickleStream(data), limit, expected));
    }

    [Theory]
    [InlineData(11, 10, -1)]
    [InlineData(11, 10, 10)]
    [InlineData(300_001, 300_000, -1)]
    public void Refuses_an_input_one_byte_over_the_limit(int size, long limit, long expected)
    {
        Assert.Null(BoundedInput.ReadAll(new TrickleStream(new byte[size]), limit, expected));
    }

    [Fact]
    public void Stops_reading_just_past_the_limit()
    {
        var stream = new TrickleStream(new byte[1_000_000]);

        Assert.Null(BoundedInput.ReadAll(stream, 1000));
        Assert.True(stream.Position <= 1000 + (1 << 16), $"read {stream.Position} bytes");
    }

    [Fact]
    public void Line_reader_splits_crlf_and_lf_drops_the_bom_and_skips_long_lines()
    {
        var input = "\uFEFFone\r\ntwo\n" + new string('x', 100) + "\nthree";
        var reader = new BoundedLineReader(new TrickleStream(Encoding.UTF8.GetBytes(input)), 10, leaveOpen: false);

        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(reader.LastLineTooLong ? "<too long>" : line);
        }

        Assert.Equal(["one", "two", "<too long>", "three"], lines);
    }

    /// <summary>Hands out at most 7,001 bytes a read, as a pipe does, and counts what was read.</summary>
    private sealed class TrickleStream(byte[] data) : MemoryStream(data, writable: false)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 7001));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, 7001)]);
    }
}
