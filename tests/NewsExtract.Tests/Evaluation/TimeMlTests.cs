using NewsExtract.Evaluation;
using NewsExtract.Tests.Cli;

namespace NewsExtract.Tests.Evaluation;

/// <summary>TimeML gold (Fixtures/evaluation/timeml): tml/memo.tml and json/memo.gold.json, converted independently, say the same.</summary>
public sealed class TimeMlTests
{
    private const string MemoText = "The museum will reopen on April 9 after six months of work & repairs, its director said today.\n"
        + "\U0001F39F Tickets go on sale tomorrow \u2014 caf\u00e9 first.";

    private static string TimeMlDirectory => Path.Combine(EvaluationFixtures.Directory, "timeml");

    private static string TmlGold => Path.Combine(TimeMlDirectory, "tml");

    [Fact]
    public void Text_is_the_TEXT_content_trimmed_and_timexes_count_code_points()
    {
        using var stream = File.OpenRead(Path.Combine(TmlGold, "memo.tml"));

        var document = TimeMlDocument.Read(stream);

        Assert.Equal(MemoText, document.Text);
        Assert.Equal(new DateOnly(2019, 4, 2), document.ReferenceDate);
        Assert.Equal(
            [
                new TimeMlTimex("April 9", 26, 33, "DATE", "2019-04-09"),
                new TimeMlTimex("six months", 40, 50, "DURATION", "P6M"),
                new TimeMlTimex("today", 88, 93, "DATE", "2019-04-02"),
                new TimeMlTimex("tomorrow", 116, 124, "DATE", "2019-04-03"), // after an astral character
            ],
            document.Timexes);
    }

    [Fact]
    public void Tml_gold_scores_as_score_py_scored_the_equivalent_gold_json()
    {
        var (golds, problems) = GoldSet.Load(TmlGold);
        var predictions = EvaluationFixtures.ReadPredictions(Path.Combine(TimeMlDirectory, "predictions.jsonl"));

        var result = Evaluator.Evaluate(golds, predictions, [EvaluationKinds.Dates]);

        Assert.Empty(problems);
        Assert.Equal(File.ReadAllText(Path.Combine(TimeMlDirectory, "expected-dates.json")).TrimEnd('\n'), EvaluationReport.ToJson(result));
        Assert.Equal(["memo: date 'six months' value 'P6Y' != 'P6M'", "memo: date missed: 'today'", "memo: date extra: 'first'"], result.Errors);
    }

    [Fact]
    public void Tml_inputs_are_parsed_from_their_TEXT_with_their_DCT()
    {
        using var temp = new TempDirectory();
        var article = temp.Write("memo.txt", MemoText);
        var parse = CliRunner.Run("parse", "--format", "jsonl", "--reference-date", "2019-04-02", article);
        var predictions = temp.Write("parsed.jsonl", parse.Stdout);

        var fromParse = CliRunner.Run("evaluate", TmlGold, predictions, "--only", "dates", "--json");
        var fromInputs = CliRunner.Run("evaluate", TmlGold, "--inputs", TmlGold, "--only", "dates", "--json");

        Assert.Equal(0, fromInputs.ExitCode);
        Assert.Equal(fromParse.Stdout, fromInputs.Stdout);
    }

    [Fact]
    public void Malformed_tml_is_an_unreadable_gold_file()
    {
        using var temp = new TempDirectory();
        var broken = temp.Write("broken.tml", "<TimeML><TEXT>no end");

        var outcome = CliRunner.Run("evaluate", temp.Path, EvaluationFixtures.Predictions, "--json");

        Assert.Equal(1, outcome.ExitCode);
        Assert.StartsWith($"newsextract: {broken}: ", outcome.Stderr, StringComparison.Ordinal);
        Assert.StartsWith("{\"articles\": 0,", outcome.Stdout, StringComparison.Ordinal);
    }
}
