using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsExtract.Evaluation;

namespace NewsExtract.Cli;

/// <summary>
/// `newsextract evaluate GOLD_DIR PREDICTIONS` or `newsextract evaluate GOLD_DIR --inputs PATH...`:
/// precision, recall and accuracies per kind, figure for figure those of shared/tools/score.py.
/// </summary>
internal static class EvaluateCommand
{
    private const int Ok = 0;
    private const int FileFailed = 1;
    private const int UsageError = 2;

    public const string Examples = """
          newsextract parse --reference-date 2025-06-09 --format jsonl samples/ > out.jsonl
          newsextract evaluate gold/ out.jsonl
          newsextract evaluate gold/ --inputs samples/ --reference-date 2025-06-09 --json
          newsextract evaluate timebank/ --inputs timebank/ --only dates --show-errors
        """;

    public static Command Create()
    {
        var goldDirectory = new Argument<string>("GOLD_DIR")
        {
            Description = "Directory of <name>.gold.json files (TimeML .tml files there count as date gold).",
        };
        var predictions = new Argument<string?>("PREDICTIONS")
        {
            Description = "newsextract output to score: one JSON object, a JSON array or JSON Lines; - for standard input.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var inputs = new Option<string[]>("--inputs")
        {
            Description = "Parse these article files or directories (.txt, .html, .htm, .tml) and score the result, instead of PREDICTIONS.",
            HelpName = "PATH",
            AllowMultipleArgumentsPerToken = true,
            Arity = ArgumentArity.OneOrMore,
        };
        var referenceDate = new Option<string?>("--reference-date")
        {
            Description = "With --inputs: the date (YYYY-MM-DD) for articles whose gold gives no reference_date.",
            HelpName = "DATE",
        };
        var json = new Option<bool>("--json") { Description = "Print one JSON object of figures (as score.py --json)." };
        var only = new Option<string>("--only")
        {
            Description = "Comma-separated kinds to score.",
            HelpName = "KINDS",
            DefaultValueFactory = _ => string.Join(',', EvaluationKinds.All),
        };
        var showErrors = new Option<bool>("--show-errors") { Description = "List every miss, extra and wrong value on stderr." };

        var command = new Command("evaluate", "Score predictions against gold annotations (same rules and figures as shared/tools/score.py).");
        command.Arguments.Add(goldDirectory);
        command.Arguments.Add(predictions);
        command.Options.Add(inputs);
        command.Options.Add(referenceDate);
        command.Options.Add(json);
        command.Options.Add(only);
        command.Options.Add(showErrors);
        command.SetAction(parseResult =>
        {
            var request = new Request(
                parseResult.GetValue(goldDirectory)!,
                parseResult.GetValue(predictions),
                parseResult.GetValue(inputs) ?? [],
                parseResult.GetValue(referenceDate),
                parseResult.GetValue(only)!,
                parseResult.GetValue(json),
                parseResult.GetValue(showErrors));
            return Run(request, parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error);
        });
        return command;
    }

    private sealed record Request(
        string GoldDirectory, string? Predictions, string[] Inputs, string? ReferenceDate, string Only, bool Json, bool ShowErrors);

    private static int Run(Request request, TextWriter output, TextWriter error)
    {
        var (kinds, kindError) = EvaluationKinds.Parse(request.Only);
        if (kindError is not null)
        {
            return Usage(error, $"--only: {kindError}");
        }

        if ((request.Predictions is null) == (request.Inputs.Length == 0))
        {
            return Usage(error, "give either PREDICTIONS or --inputs (not both)");
        }

        DateOnly? fallbackDate = null;
        if (request.ReferenceDate is { } dateText)
        {
            if (request.Predictions is not null)
            {
                return Usage(error, "--reference-date applies only with --inputs");
            }

            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return Usage(error, $"--reference-date: '{dateText}' is not a YYYY-MM-DD date");
            }

            fallbackDate = date;
        }

        var problems = new List<FileProblem>();
        var (golds, goldProblems) = GoldSet.Load(request.GoldDirectory);
        problems.AddRange(goldProblems);
        EvaluationResult result;
        if (request.Predictions is { } predictionsPath)
        {
            result = Evaluator.Evaluate(golds, ReadPredictions(predictionsPath, problems), kinds);
        }
        else
        {
            var (files, inputProblems) = InputPredictions.Expand(request.Inputs);
            problems.AddRange(inputProblems);
            var parsed = new InputPredictions(files, fallbackDate);
            result = Evaluator.Evaluate(golds, parsed.For, kinds);
            problems.AddRange(parsed.Problems);
        }

        problems.AddRange(result.Problems);
        foreach (var problem in problems)
        {
            error.WriteLine($"newsextract: {problem.Path}: {problem.Message}");
        }

        output.Write(request.Json ? EvaluationReport.ToJson(result) + "\n" : EvaluationReport.ToTable(result));
        if (request.ShowErrors)
        {
            foreach (var line in result.Errors)
            {
                error.WriteLine("  " + line);
            }
        }

        return problems.Count > 0 ? FileFailed : Ok;
    }

    // An unreadable file scores as no predictions at all (every gold item missed), like a missing article.
    private static IReadOnlyList<JsonElement> ReadPredictions(string path, List<FileProblem> problems)
    {
        string text;
        try
        {
            text = path == "-" ? Console.In.ReadToEnd() : File.ReadAllText(path, new UTF8Encoding(false, throwOnInvalidBytes: true));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            problems.Add(new FileProblem(path, e.Message));
            return [];
        }

        var (articles, parseProblems) = PredictionFile.Parse(text);
        problems.AddRange(parseProblems.Select(message => new FileProblem(path, message)));
        return articles;
    }

    private static int Usage(TextWriter error, string message)
    {
        // Same shape as the parse errors CliApp reports, so scripts match one pattern.
        error.WriteLine($"newsextract: {message}");
        error.WriteLine("newsextract: try 'newsextract evaluate --help'");
        return UsageError;
    }
}
