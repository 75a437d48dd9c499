using System.Text.Json;
using NewsExtract.Evaluation;
using NewsExtract.Tests.Cli;

namespace NewsExtract.Tests.Evaluation;

public sealed class EvaluateCommandTests
{
    // score.py's figures for the fixture gold against an empty predictions file
    private const string AllMissed = """{"articles": 5, "dates": {"precision": 1.0, "recall": 0.0, "f1": 0.0, "tp": 0, "fp": 0, "fn": 10}, "counts": {"precision": 1.0, "recall": 0.0, "f1": 0.0, "tp": 0, "fp": 0, "fn": 8}, "officials": {"precision": 1.0, "recall": 0.0, "f1": 0.0, "mention_recall": 0.0, "tp": 0, "fp": 0, "fn": 7}, "quotes": {"precision": 1.0, "recall": 0.0, "f1": 0.0, "tp": 0, "fp": 0, "fn": 8}}""";

    [Fact]
    public void Json_prints_score_pys_line()
    {
        var outcome = CliRunner.Run("evaluate", EvaluationFixtures.GoldDirectory, EvaluationFixtures.Predictions, "--json");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(EvaluationFixtures.Expected("score-all.json") + "\n", outcome.Stdout);
        Assert.Empty(outcome.Stderr);
    }

    [Fact]
    public void Only_and_show_errors_behave_as_in_score_py()
    {
        var outcome = CliRunner.Run("evaluate", EvaluationFixtures.GoldDirectory, EvaluationFixtures.Predictions, "--json", "--only", "quotes", "--show-errors");

        Assert.Equal(EvaluationFixtures.Expected("score-quotes.json") + "\n", outcome.Stdout);
        var quoteErrors = EvaluationFixtures.Expected("errors.txt").Split('\n')
            .Where(line => line.Contains(": quote ", StringComparison.Ordinal) || line.Contains("prediction is an error", StringComparison.Ordinal));
        Assert.Equal(string.Join("", quoteErrors.Select(line => line + "\n")), outcome.Stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Table_is_the_default()
    {
        var outcome = CliRunner.Run("evaluate", EvaluationFixtures.GoldDirectory, EvaluationFixtures.Predictions);

        var lines = outcome.Stdout.Split('\n');
        Assert.Equal("articles: 5", lines[0]);
        Assert.Equal("kind            P      R     F1     tp     fp     fn  accuracies", lines[1]);
        Assert.Equal(
            "dates       0.778  0.700  0.737      7      2      3  value_acc=0.714 strict=0.857 type_acc=0.857 strict_f1=0.632 value_f1=0.526",
            lines[2]);
        Assert.StartsWith("quotes      0.857  0.750  0.800      6      1      2  speaker_acc=0.833", lines[5], StringComparison.Ordinal);
    }

    [Fact]
    public void Unreadable_predictions_exit_1_and_score_as_all_missed()
    {
        var missing = Path.Combine(EvaluationFixtures.Directory, "no-such-file.jsonl");

        var outcome = CliRunner.Run("evaluate", EvaluationFixtures.GoldDirectory, missing, "--json");

        Assert.Equal(1, outcome.ExitCode);
        Assert.StartsWith($"newsextract: {missing}: ", outcome.Stderr, StringComparison.Ordinal);
        Assert.Equal(AllMissed + "\n", outcome.Stdout);
    }

    [Fact]
    public void Bad_line_is_reported_and_the_other_lines_scored()
    {
        using var temp = new TempDirectory();
        var lines = File.ReadAllLines(EvaluationFixtures.Predictions).ToList();
        lines.Insert(1, "{\"source\": broken");
        var predictions = temp.Write("predictions.jsonl", string.Join("\n", lines));

        var outcome = CliRunner.Run("evaluate", EvaluationFixtures.GoldDirectory, predictions, "--json");

        Assert.Equal(1, outcome.ExitCode);
        Assert.StartsWith($"newsextract: {predictions}: line 2: ", outcome.Stderr, StringComparison.Ordinal);
        Assert.Equal(EvaluationFixtures.Expected("score-all.json") + "\n", outcome.Stdout);
    }

    [Fact]
    public void Unreadable_gold_file_exits_1_and_the_rest_is_scored()
    {
        using var temp = new TempDirectory();
        foreach (var gold in Directory.GetFiles(EvaluationFixtures.GoldDirectory))
        {
            File.Copy(gold, Path.Combine(temp.Path, Path.GetFileName(gold)));
        }

        var broken = temp.Write("aaa.gold.json", "{\"source\": ");
        var outcome = CliRunner.Run("evaluate", temp.Path, EvaluationFixtures.Predictions, "--json");

        Assert.Equal(1, outcome.ExitCode);
        Assert.StartsWith($"newsextract: {broken}: ", outcome.Stderr, StringComparison.Ordinal);
        Assert.Equal(EvaluationFixtures.Expected("score-all.json") + "\n", outcome.Stdout);
    }

    [Theory]
    [InlineData("--only", "dates,people", "newsextract: --only: unknown kind 'people'")]
    [InlineData("--inputs", "x.txt", "newsextract: give either PREDICTIONS or --inputs")] // with PREDICTIONS as well
    [InlineData("--reference-date", "2025-06-09", "newsextract: --reference-date applies only with --inputs")]
    public void Usage_errors_exit_2(string option, string value, string message)
    {
        var outcome = CliRunner.Run("evaluate", EvaluationFixtures.GoldDirectory, EvaluationFixtures.Predictions, option, value);

        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith(message, outcome.Stderr, StringComparison.Ordinal);
        Assert.Empty(outcome.Stdout);
    }

    [Fact]
    public void Neither_predictions_nor_inputs_is_a_usage_error()
    {
        Assert.Equal(2, CliRunner.Run("evaluate", EvaluationFixtures.GoldDirectory).ExitCode);
        Assert.Equal(2, CliRunner.Run("evaluate").ExitCode);
        Assert.Equal(2, CliRunner.Run("evaluate", EvaluationFixtures.GoldDirectory, "--inputs", EvaluationFixtures.Articles, "--reference-date", "9 June").ExitCode);
    }

    [Fact]
    public void Inputs_score_exactly_as_parse_output_with_each_golds_reference_date()
    {
        const string Fallback = "2025-06-09";
        using var temp = new TempDirectory();
        var (golds, _) = GoldSet.Load(EvaluationFixtures.GoldDirectory);
        var parsed = new List<string>();
        foreach (var gold in golds)
        {
            var article = Path.Combine(EvaluationFixtures.Articles, gold.Source);
            var date = gold.ReferenceDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? Fallback;
            var parse = CliRunner.Run("parse", "--format", "jsonl", "--reference-date", date, article);
            Assert.Equal(0, parse.ExitCode);
            parsed.Add(parse.Stdout);
        }

        var predictions = temp.Write("parsed.jsonl", string.Concat(parsed));
        var fromParse = CliRunner.Run("evaluate", EvaluationFixtures.GoldDirectory, predictions, "--json", "--show-errors");
        var fromInputs = CliRunner.Run("evaluate", EvaluationFixtures.GoldDirectory, "--inputs", EvaluationFixtures.Articles, "--reference-date", Fallback, "--json", "--show-errors");

        Assert.Equal(0, fromInputs.ExitCode);
        Assert.Equal(fromParse.Stdout, fromInputs.Stdout);
        Assert.Equal(fromParse.Stderr, fromInputs.Stderr);
    }

    [Fact]
    public void Inputs_take_the_golds_reference_date_else_the_fallback()
    {
        var (files, problems) = InputPredictions.Expand([EvaluationFixtures.Articles]);
        var (golds, _) = GoldSet.Load(EvaluationFixtures.GoldDirectory);
        var inputs = new InputPredictions(files, new DateOnly(2025, 6, 9));

        Assert.Empty(problems);
        Assert.Equal("2024-03-13", ReferenceDate(inputs.For(golds.Single(g => g.Key == "summit"))));
        Assert.Equal("2025-06-09", ReferenceDate(inputs.For(golds.Single(g => g.Key == "harbour"))));
    }

    [Fact]
    public void Missing_input_exits_1_and_its_gold_scores_as_missed()
    {
        var missing = Path.Combine(EvaluationFixtures.Directory, "no-such-dir");

        var outcome = CliRunner.Run("evaluate", EvaluationFixtures.GoldDirectory, "--inputs", missing, "--json");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal($"newsextract: {missing}: no such file or directory\n", outcome.Stderr.ReplaceLineEndings("\n"));
        Assert.Equal(AllMissed + "\n", outcome.Stdout);
    }

    [Fact]
    public void Input_that_fails_to_decode_exits_1_and_scores_as_an_error_record()
    {
        using var temp = new TempDirectory();
        var gold = Path.Combine(temp.Path, "gold");
        Directory.CreateDirectory(gold);
        File.Copy(Path.Combine(EvaluationFixtures.GoldDirectory, "budget.gold.json"), Path.Combine(gold, "budget.gold.json"));
        var article = temp.Write(Path.Combine("in", "budget.txt"), [0x61, 0x62, 0xC3, 0x28, 0x63]);

        var outcome = CliRunner.Run("evaluate", gold, "--inputs", Path.Combine(temp.Path, "in"), "--show-errors");

        Assert.Equal(1, outcome.ExitCode);
        Assert.StartsWith($"newsextract: {article}: ", outcome.Stderr, StringComparison.Ordinal);
        Assert.Contains("  budget: prediction is an error: {'code': ", outcome.Stderr, StringComparison.Ordinal);
    }

    private static string? ReferenceDate(JsonElement? prediction) => prediction!.Value.GetProperty("reference_date").GetString();
}
