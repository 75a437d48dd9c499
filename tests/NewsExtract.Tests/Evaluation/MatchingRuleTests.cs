using NewsExtract.Evaluation;

namespace NewsExtract.Tests.Evaluation;

/// <summary>
/// One fixture article at a time; every figure is what shared/tools/score.py printed for a gold
/// directory holding only that article's gold file (with the same predictions.jsonl).
/// </summary>
public sealed class MatchingRuleTests
{
    [Fact]
    public void Optional_date_found_is_neither_credited_nor_charged()
    {
        var result = EvaluationFixtures.Score([EvaluationKinds.Dates], "harbour");

        AssertCounts(result.Kind("dates"), tp: 4, fp: 1, fn: 1);
        Assert.Equal(0.8, result.Kind("dates").Precision);
        Assert.Contains("harbour: date extra: 'reopen'", result.Errors);
        Assert.DoesNotContain(result.Errors, e => e.Contains("every night", StringComparison.Ordinal));
    }

    [Fact]
    public void Wider_date_matches_but_only_exact_spans_are_strict()
    {
        var dates = EvaluationFixtures.Score([EvaluationKinds.Dates], "harbour").Kind("dates");

        Assert.Equal(0.75, dates.Measure("strict"));
        Assert.Equal(0.75, dates.Measure("value_acc"));
        Assert.Equal(0.75, dates.Measure("type_acc"));
        Assert.Equal(0.6, dates.Measure("strict_f1"));
        Assert.Equal(0.6, dates.Measure("value_f1"));
    }

    [Fact]
    public void Count_found_on_an_age_is_charged_as_wrong_kind_and_ordinals_are_ignored()
    {
        var result = EvaluationFixtures.Score([EvaluationKinds.Counts], "harbour");

        AssertCounts(result.Kind("counts"), tp: 4, fp: 2, fn: 0);
        Assert.Equal(
            ["harbour: count 'two coasts' unit 'shores' != 'coasts'", "harbour: count wrong kind: '52'", "harbour: count extra: 'the storm'"],
            result.Errors);
    }

    [Fact]
    public void Thousands_read_as_2000_is_a_right_value_and_units_drop_the_plural_s()
    {
        var counts = EvaluationFixtures.Score([EvaluationKinds.Counts], "harbour").Kind("counts");

        Assert.Equal(1.0, counts.Measure("value_acc"));
        Assert.Equal(0.75, counts.Measure("unit_acc"));
    }

    [Fact]
    public void Surname_in_the_speaker_or_the_official_its_speaker_id_names_is_the_right_speaker()
    {
        var result = EvaluationFixtures.Score([EvaluationKinds.Quotes], "harbour");

        AssertCounts(result.Kind("quotes"), tp: 3, fp: 0, fn: 0);
        Assert.Equal(0.667, result.Kind("quotes").Measure("speaker_acc"));
        Assert.Equal(["harbour: quote 'They were remarkable,' speaker 'the mayor' != 'Tomas Brandt'"], result.Errors);
    }

    [Fact]
    public void Officials_pair_by_surname_and_every_unpaired_prediction_is_charged()
    {
        var result = EvaluationFixtures.Score([EvaluationKinds.Officials], "harbour");

        var officials = result.Kind("officials");
        AssertCounts(officials, tp: 2, fp: 1, fn: 0);
        Assert.Equal(0.5, officials.Measure("title_acc"));
        Assert.Equal(1.0, officials.Measure("affiliation_acc"));
        Assert.Equal(0.75, officials.Measure("mention_recall"));
    }

    [Fact]
    public void Source_suffix_pairs_before_a_later_prediction_with_the_same_key()
    {
        var result = EvaluationFixtures.Score(EvaluationKinds.All, "summit");

        AssertCounts(result.Kind("dates"), tp: 2, fp: 0, fn: 0);
        AssertCounts(result.Kind("counts"), tp: 1, fp: 1, fn: 0);
        Assert.Contains("summit: count wrong kind: 'two days'", result.Errors);
    }

    [Fact]
    public void Quote_covering_under_half_the_gold_is_missed_but_not_charged()
    {
        var result = EvaluationFixtures.Score([EvaluationKinds.Quotes], "summit");

        AssertCounts(result.Kind("quotes"), tp: 2, fp: 1, fn: 1);
        Assert.Equal(1.0, result.Kind("quotes").Measure("speaker_acc"));
        Assert.Equal(
            ["summit: quote missed: 'We are closer than we were, but not close enough,'", "summit: quote extra: 'negotiators would meet again'"],
            result.Errors);
    }

    [Fact]
    public void Official_pairs_by_a_mention_alone_and_affiliation_by_its_first_five_letters()
    {
        var result = EvaluationFixtures.Score([EvaluationKinds.Officials], "summit");

        var officials = result.Kind("officials");
        AssertCounts(officials, tp: 2, fp: 0, fn: 0);
        Assert.Equal(0.5, officials.Measure("title_acc"));
        Assert.Equal(0.5, officials.Measure("affiliation_acc"));
        Assert.Equal(0.5, officials.Measure("mention_recall"));
    }

    [Fact]
    public void Missing_prediction_misses_every_required_item()
    {
        var result = EvaluationFixtures.Score(EvaluationKinds.All, "budget");

        AssertCounts(result.Kind("dates"), tp: 0, fp: 0, fn: 1);
        AssertCounts(result.Kind("counts"), tp: 0, fp: 0, fn: 1);
        AssertCounts(result.Kind("officials"), tp: 0, fp: 0, fn: 1);
        Assert.Equal(0.0, result.Kind("officials").Measure("mention_recall"));
        var quotes = result.Kind("quotes");
        AssertCounts(quotes, tp: 0, fp: 0, fn: 0);
        Assert.Equal((1.0, 1.0, 1.0), (quotes.Precision, quotes.Recall, quotes.F1));
        Assert.Empty(quotes.Measures);
    }

    [Fact]
    public void Error_record_is_reported_and_finds_nothing()
    {
        var result = EvaluationFixtures.Score(EvaluationKinds.All, "ferry");

        Assert.Equal("ferry: prediction is an error: {'code': 'unreadable', 'message': 'permission denied'}", result.Errors[0]);
        AssertCounts(result.Kind("dates"), tp: 0, fp: 0, fn: 1);
        AssertCounts(result.Kind("quotes"), tp: 0, fp: 0, fn: 1);
    }

    [Fact]
    public void File_key_pairs_when_no_source_ends_with_the_gold_source()
    {
        var result = EvaluationFixtures.Score(EvaluationKinds.All, "clinic");

        AssertCounts(result.Kind("counts"), tp: 2, fp: 0, fn: 0);
        Assert.Equal(0.5, result.Kind("counts").Measure("unit_acc"));
        AssertCounts(result.Kind("officials"), tp: 1, fp: 0, fn: 0);
        AssertCounts(result.Kind("quotes"), tp: 1, fp: 0, fn: 0);
    }

    [Fact]
    public void Date_without_an_integer_start_is_charged_and_non_objects_are_skipped()
    {
        var result = EvaluationFixtures.Score([EvaluationKinds.Dates], "clinic");

        var dates = result.Kind("dates");
        AssertCounts(dates, tp: 1, fp: 1, fn: 0);
        Assert.Equal((0.0, 1.0, 0.667), (dates.Measure("value_acc"), dates.Measure("strict"), dates.Measure("strict_f1")));
        Assert.Contains("clinic: date extra: 'opened'", result.Errors);
    }

    private static void AssertCounts(KindScore score, long tp, long fp, long fn) =>
        Assert.Equal((tp, fp, fn), (score.Tp, score.Fp, score.Fn));
}
