using NewsExtract.Evaluation;

namespace NewsExtract.Tests.Evaluation;

/// <summary>The Python behaviours score.py's figures and messages depend on; expected values are CPython's.</summary>
public sealed class PythonSemanticsTests
{
    [Theory]
    [InlineData(0.0625, 3, 0.062)] // exact half: to even
    [InlineData(0.1875, 3, 0.188)]
    [InlineData(0.8125, 3, 0.812)]
    [InlineData(2.675, 2, 2.67)] // binary value is below the half
    [InlineData(0.0005, 3, 0.001)] // binary value is above the half
    [InlineData(1.0 / 3, 3, 0.333)]
    [InlineData(2.0 / 3, 3, 0.667)]
    public void Round_is_pythons(double value, int decimals, double expected)
    {
        Assert.Equal(expected, PyRound.Round(value, decimals));
    }

    [Theory]
    [InlineData(1e16, "1e+16")]
    [InlineData(1e-05, "1e-05")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(123.0, "123.0")]
    [InlineData(1234567890123456.0, "1234567890123456.0")]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(1.5e300, "1.5e+300")]
    [InlineData(0.667, "0.667")]
    public void Float_repr_is_pythons(double value, string expected)
    {
        Assert.Equal(expected, PyRepr.Float(value));
    }

    [Theory]
    [InlineData("it's", "\"it's\"")]
    [InlineData("a \"q\"", "'a \"q\"'")]
    [InlineData("it's \"q\"", "'it\\'s \"q\"'")]
    [InlineData("tab\there\n", "'tab\\there\\n'")]
    [InlineData("\u00a0caf\u00e9\u2019\u200b\U0001F600\u007f", "'\\xa0caf\u00e9\u2019\\u200b\U0001F600\\x7f'")]
    public void String_repr_is_pythons(string value, string expected)
    {
        Assert.Equal(expected, PyRepr.String(value));
    }

    [Theory]
    [InlineData("1e400", "inf")]
    [InlineData("-0", "0")]
    [InlineData("1000.0", "1000.0")]
    [InlineData("[1, \"a\", null, true, {\"k\": 2.5}]", "[1, 'a', None, True, {'k': 2.5}]")]
    public void Json_values_repr_as_json_loads_would_give_them(string json, string expected)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);

        Assert.Equal(expected, PyJson.Repr(document.RootElement));
    }

    [Theory]
    [InlineData("Volodymyr Zelenskyy", "zelenskyy")]
    [InlineData("Russia\u2019s Defense Ministry", "ministry")]
    [InlineData("the Tories's", "tories")]
    [InlineData("  ", "")]
    public void Surname_is_the_last_normalised_word(string name, string expected)
    {
        Assert.Equal(expected, NameRules.Surname(name));
    }

    [Theory]
    [InlineData("politics/001.txt", "001")]
    [InlineData("a/b.gold.json", "b")]
    [InlineData("page.htm", "page")]
    [InlineData("notes.md", "notes.md")]
    [InlineData(null, "")]
    public void Article_key_drops_directory_and_article_extension(string? source, string expected)
    {
        Assert.Equal(expected, ArticleKey.Of(source));
    }
}
