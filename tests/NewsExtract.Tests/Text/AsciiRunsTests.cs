using NewsExtract.Text;

namespace NewsExtract.Tests.Text;

public sealed class AsciiRunsTests
{
    [Theory]
    [InlineData("Harbour master", 0, 7)]
    [InlineData("Harbour master", 8, 14)] // to the end
    [InlineData("Internationalisation2025 plan", 0, 24)] // longer than one step of eight
    [InlineData("abcdefgh ", 0, 8)] // exactly one step, then a space
    [InlineData("Café owner", 0, 3)] // a non-ASCII letter ends the run: the caller reads it
    [InlineData("O'Connor", 0, 1)]
    [InlineData("@home", 0, 0)]
    [InlineData("[z{Z`a", 1, 2)] // the characters next to the ranges are not letters
    public void A_run_ends_at_the_first_character_that_is_no_ascii_letter_or_digit(string text, int start, int end) =>
        Assert.Equal(end, AsciiRuns.End(text, start));

    [Fact]
    public void Every_end_agrees_with_reading_one_character_at_a_time()
    {
        var random = new Random(7);
        const string Alphabet = "aZ09 -'’é@[`{/:";
        for (var round = 0; round < 2_000; round++)
        {
            var text = new string(Enumerable.Range(0, random.Next(1, 40)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
            var start = random.Next(text.Length);
            var expected = start;
            while (expected < text.Length && char.IsAsciiLetterOrDigit(text[expected]))
            {
                expected++;
            }

            Assert.Equal(expected, AsciiRuns.End(text, start));
        }
    }
}
