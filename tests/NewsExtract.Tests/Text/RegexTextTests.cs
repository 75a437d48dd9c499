using NewsExtract.Text;

namespace NewsExtract.Tests.Text;

public sealed class RegexTextTests
{
    [Theory]
    [InlineData("Kelvin", 'k')]
    [InlineData("K", 'k')] // the Kelvin sign folds with k, as in case-insensitive regex
    [InlineData("Å", 'å')] // the Angstrom sign folds with å
    [InlineData("7", '0')]
    [InlineData("٣", '0')] // any decimal digit, as \d matches
    [InlineData("\u00a0", ' ')]
    [InlineData("’", '’')]
    public void Normalize_folds_case_digits_and_white_space(string text, char expected) =>
        Assert.Equal(expected, RegexText.Normalize(text[0]));

    [Fact]
    public void Prefixes_follow_alternations_optional_parts_and_skip_lookarounds()
    {
        var prefixes = RegexText.Prefixes(@"(?<!\w)(?:(?:early|late)\s+)?(?<m>May|June)(?=\s)", 4, 100);

        Assert.NotNull(prefixes);
        Assert.Equal(["earl", "june", "late", "may"], prefixes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Prefixes_fold_digits_and_white_space_classes_and_collapse_their_runs()
    {
        var prefixes = RegexText.Prefixes(@"[12]\d[^\S\r\n]+BC", 6, 100);

        Assert.Equal(["0 bc"], prefixes);
    }

    [Theory]
    [InlineData("0000 years", "0 years")]
    [InlineData("in  0,000 \u00a0days", "in 0,0 \u00a0days")] // only ' ' and '0' runs (the text is normalised first)
    [InlineData("", "")]
    public void Runs_of_digits_and_spaces_collapse_to_one(string normalized, string collapsed) =>
        Assert.Equal(collapsed, RegexText.CollapseRuns(normalized));

    [Theory]
    [InlineData(@"\d+ (?:days|weeks)", "6+0s+1n+0w")]
    [InlineData(@"(?:\d{1,3}(?:,\d{3})+|\d+)[^\S\r\n]+years", "8+1s+1n+0w")] // max of 3+1n and 1n
    [InlineData(@"\b[a-z]{3,}ed\b", "2+0s+0n+1w")]
    [InlineData(@"\s*\w+", "0+1s+0n+1w")]
    [InlineData(@"(?:a|bb){2}c?", "5+0s+0n+0w")]
    [InlineData(@"(?<=over\s+)time", "4+0s+0n+0w")] // lookarounds match no text
    public void Match_lengths_are_bounded_by_the_runs_they_can_only_match_inside(string pattern, string bound) =>
        Assert.Equal(bound, RegexText.MaxLength(RegexSyntax.Parse(pattern)!).ToString());

    [Theory]
    [InlineData(@".+x")] // any character without end
    [InlineData(@"(?:\d+ )+days")] // digits and spaces mixed without end
    [InlineData(@"[\w-]+")] // a hyphen is no word character
    public void Match_lengths_without_a_bound_are_unknown(string pattern) =>
        Assert.Null(RegexText.MaxLength(RegexSyntax.Parse(pattern)!));

    [Theory]
    [InlineData(@"\w+ times")] // a wide class first: anywhere
    [InlineData(@"(?:a|.)b")]
    [InlineData(@"(\w)\1")] // back-references are not modelled
    [InlineData(@"x?")] // may match the empty string
    public void Prefixes_are_unknown_where_a_match_may_begin_anywhere(string pattern) =>
        Assert.Null(RegexText.Prefixes(pattern, 6, 100));

    [Fact]
    public void Too_many_prefixes_fall_back_to_shorter_ones()
    {
        var prefixes = RegexText.Prefixes(@"[a-h][a-h][a-h]", 3, 100);

        Assert.NotNull(prefixes);
        Assert.All(prefixes, p => Assert.True(p.Length < 3));
    }

    [Theory]
    [InlineData(@"(?:\d+|two)\s+(?:days?|weeks?)\s+(?:earlier|before)", " before| earlier")]
    [InlineData(@"the\s+year", " year")] // the space before a word is part of the literal: not the "year" of "yearly"
    [InlineData(@"(?:once|twice|\d+\s+times)\s+a\s+(?:day|week)", " times |once |twice ")]
    [InlineData(@"(?<=\bin\s)spring", "spring")] // the lookbehind's text is outside the match
    [InlineData(@"the\s+\d\ds", " 00s")] // digits are rarer than a common word of the same length
    [InlineData(@"the\s+w(?:eeks?|orking\s+days?)", " week| weeks| working ")] // a word list as a trie: its first letter joins what follows
    [InlineData(@"\w+\s+da(?:ys?|wn)", " dawn| day| days")]
    public void Required_literals_are_the_most_selective_set(string pattern, string expected) =>
        Assert.Equal(expected, string.Join("|", RegexText.RequiredLiterals(pattern)!));

    [Fact]
    public void Every_required_set_is_given_the_most_selective_first()
    {
        var sets = RegexText.RequiredLiteralSets(RegexSyntax.Parse(@"(?:\d+|two)\s+(?:months?|years?)\s+old\b")!);

        Assert.Equal([" month | months | year | years ", " old", "0 |two "], sets.Select(set => string.Join("|", set)));
    }

    [Fact]
    public void A_required_set_that_a_stronger_one_implies_is_left_out()
    {
        // Every " years " holds "year": searching for "year" as well would find nothing new.
        var sets = RegexText.RequiredLiteralSets(RegexSyntax.Parse(@"\d+\s+years\s+ago")!);

        Assert.DoesNotContain(sets, set => set.Contains("year"));
        Assert.Contains(sets, set => set.Contains(" ago"));
    }

    [Theory]
    [InlineData(@"\w+")]
    [InlineData(@"(?:spring|\w+)")] // one branch requires no literal
    [InlineData(@"(?:later)?\w")]
    public void Required_literals_are_unknown_when_some_match_needs_none(string pattern) =>
        Assert.Null(RegexText.RequiredLiterals(pattern));
}
