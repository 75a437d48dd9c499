using System.Text;
using NewsExtract.Text;

namespace NewsExtract.Tests.Text;

public sealed class TextDecoderTests
{
    [Fact]
    public void Utf8_bom_is_removed_and_nothing_else_changes()
    {
        var (text, error) = TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Café\r\nok")]);

        Assert.Null(error);
        Assert.Equal("Café\r\nok", text);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32")]
    public void Unicode_encodings_with_a_bom_are_decoded(string name)
    {
        var encoding = Encoding.GetEncoding(name);
        var (text, error) = TextDecoder.Decode([.. encoding.GetPreamble(), .. encoding.GetBytes("Kyiv – “talks” 😀")]);

        Assert.Null(error);
        Assert.Equal("Kyiv – “talks” 😀", text);
    }

    [Fact]
    public void Invalid_utf8_reports_the_byte_offset()
    {
        var (text, error) = TextDecoder.Decode([0x61, 0x62, 0xC3, 0x28]);

        Assert.Null(text);
        Assert.Equal("invalid_encoding", error!.Code);
        Assert.Contains("byte 2", error.Message);
    }

    [Fact]
    public void Nul_bytes_mean_binary()
    {
        var (_, error) = TextDecoder.Decode([0x61, 0x00, 0x62]);

        Assert.Equal("binary", error!.Code);
        Assert.Contains("offset 1", error.Message);
    }

    [Fact]
    public void A_nul_character_in_utf16_means_binary_too()
    {
        var (_, error) = TextDecoder.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("ab\0c")]);

        Assert.Equal("binary", error!.Code);
        Assert.Contains("character 2", error.Message);
    }

    [Fact]
    public void White_space_only_is_empty()
    {
        Assert.Equal("empty", TextDecoder.Decode(" \n\t "u8).Error!.Code);
        Assert.Equal("empty", TextDecoder.Decode([0xEF, 0xBB, 0xBF]).Error!.Code);
    }
}
