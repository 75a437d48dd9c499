using System.Text;
using System.Text.RegularExpressions;
using NewsExtract.Text;

namespace NewsExtract.Tests.Text;

/// <summary>
/// The factored alternation must match exactly what the plain one (longest word first) matches,
/// whatever follows it in a pattern and with or without case: the date rules are built from it.
/// </summary>
public sealed class WordAlternationTests
{
    [Fact]
    public void Words_that_share_a_start_share_it_in_the_pattern()
    {
        Assert.Equal("(?:seven(?:t(?:een|y))?)", WordAlternation.Of(["seven", "seventy", "seventeen"], WordAlternation.Escaped));
        Assert.Equal("(?:days?)", WordAlternation.Of(["day", "days"], WordAlternation.Escaped));
    }

    [Fact]
    public void A_short_list_with_nothing_shared_stays_plain()
    {
        Assert.Equal("(?:July|June|May)", WordAlternation.Of(["May", "June", "July"], WordAlternation.Escaped));
    }

    [Fact]
    public void A_long_list_is_a_trie_with_fewer_branches_even_when_a_little_longer()
    {
        // 12 words in 3 branches: the trie is longer than the plain list, but a word that is not
        // in it fails after 3 branches instead of 12.
        string[] words = ["six", "sixty", "sixteen", "seven", "seventy", "seventeen", "ten", "two", "twelve", "twenty", "nine", "ninety"];
        var pattern = WordAlternation.Of(words, WordAlternation.Escaped);
        var plain = "(?:" + string.Join("|", words.OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal)) + ")";

        Assert.Equal("(?:s(?:even(?:t(?:een|y))?|ix(?:t(?:een|y))?)|nine(?:ty)?|t(?:w(?:e(?:lve|nty)|o)|en))", pattern);
        Assert.True(pattern.Length > plain.Length);
    }

    [Fact]
    public void Words_that_differ_only_in_case_keep_the_plain_form()
    {
        Assert.Equal("(?:Sept\\.|sept|Sep)", WordAlternation.Of(["Sep", "sept", "Sept."], WordAlternation.Escaped));
    }

    [Fact]
    public void Characters_are_written_by_the_atom()
    {
        var pattern = WordAlternation.Of(["new year's eve", "new year"], c => c == ' ' ? "[^\\S\\r\\n]+" : c == '\'' ? "['’]" : WordAlternation.Escaped(c));

        Assert.Equal("(?:new[^\\S\\r\\n]+year(?:['’]s[^\\S\\r\\n]+eve)?)", pattern);
        Assert.Matches("^" + pattern + "$", "new  year’s eve");
    }

    public static TheoryData<int> Seeds => [1, 2, 3, 4, 5, 6];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Matches_what_the_plain_alternation_matches(int seed)
    {
        var random = new Random(seed);
        string[] followers = ["", "b", "(?=a)", "\\b", "s?\\b", "(?!b)", "(?:a|b a)", "[^\\S\\r\\n]+a"];
        for (var list = 0; list < 40; list++)
        {
            var words = Enumerable.Range(0, random.Next(1, 12)).Select(_ => Word(random)).ToList();
            var plain = "(?:" + string.Join("|", words.Distinct().OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).Select(Atoms)) + ")";
            AssertSameMatches(plain, WordAlternation.Of(words, Atom), followers, random);
        }
    }

    [Fact]
    public void A_group_of_words_none_beginning_another_becomes_a_trie()
    {
        Assert.Equal("(?:more@_than|a(?:round|bout)|some)@_", WordAlternation.FactorWordGroups("(?:about|around|some|more@_than)@_", "@_"));
    }

    [Theory]
    [InlineData("(?:at|at@_least|about)")] // "at" begins "at least": which is tried first matters
    [InlineData("(?:May|june|July)")] // letters that differ only in case are left as they are
    [InlineData("[(?:abc|abd|abe)]")] // inside a class
    [InlineData("\\(?:abc|abd|abe)")] // an escaped parenthesis
    [InlineData("(?:abc|abd)")] // two words
    [InlineData("(?:abc|ab.|abe)")] // not plain words
    public void Other_groups_are_left_as_they_are(string pattern) =>
        Assert.Equal(pattern, WordAlternation.FactorWordGroups(pattern, "@_"));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_factored_group_matches_what_the_group_matches(int seed)
    {
        var random = new Random(seed);
        string[] followers = ["", "b", "(?=a)", "\\b", "s?\\b", "(?!b)", "(?:a|b a)", "\\s+a", "\\s*"];
        var changed = 0;
        for (var list = 0; list < 60; list++)
        {
            var words = Enumerable.Range(0, random.Next(3, 9)).Select(_ => Word(random).Replace("'", "").Replace(".", "").Replace("A", "a").Replace("B", "b").Trim()).Where(w => w.Length > 0).Distinct().ToList();
            var group = "(?:" + string.Join("|", words.Select(w => w.Replace(" ", "\\s+"))) + ")";
            var factored = WordAlternation.FactorWordGroups(group, "\\s+");
            changed += factored == group ? 0 : 1;
            AssertSameMatches(group, factored, followers, random);
        }

        Assert.True(changed > 0, "no group was factored: the test checks nothing");
    }

    // Each pattern followed by each follower, with and without case, must match the same on random texts.
    private static void AssertSameMatches(string expectedPattern, string actualPattern, string[] followers, Random random)
    {
        foreach (var follower in followers)
        {
            foreach (var options in (RegexOptions[])[RegexOptions.None, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant])
            {
                var expected = new Regex(expectedPattern + follower, options);
                var actual = new Regex(actualPattern + follower, options);
                for (var sample = 0; sample < 30; sample++)
                {
                    var text = Text(random);
                    Assert.Equal(Matches(expected, text), Matches(actual, text));
                }
            }
        }
    }

    private static string Atom(char c) => c switch
    {
        ' ' => "[^\\S\\r\\n]+",
        '\'' => "['’]",
        _ => WordAlternation.Escaped(c),
    };

    private static string Atoms(string word) => string.Concat(word.Select(Atom));

    // Words over few characters, so that lists share starts and words are prefixes of each other.
    private static string Word(Random random)
    {
        const string letters = "abAB '.";
        var word = new StringBuilder();
        word.Append("abAB"[random.Next(4)]);
        for (var i = random.Next(0, 5); i > 0; i--)
        {
            word.Append(letters[random.Next(letters.Length)]);
        }

        return word.ToString().TrimEnd();
    }

    private static string Text(Random random)
    {
        const string characters = "abAB  '’.-";
        return new string(Enumerable.Range(0, random.Next(1, 14)).Select(_ => characters[random.Next(characters.Length)]).ToArray());
    }

    private static List<(int, int)> Matches(Regex regex, string text) =>
        regex.Matches(text).Select(match => (match.Index, match.Length)).ToList();
}
