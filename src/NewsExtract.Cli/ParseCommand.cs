using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using NewsExtract.Output;
using NewsExtract.Text;

namespace NewsExtract.Cli;

/// <summary><c>newsextract parse INPUT...</c>: extract facts from articles and write them as JSON, JSON Lines or CSV.</summary>
internal static class ParseCommand
{
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    public const string Examples = """
          newsextract parse article.txt
          newsextract parse --reference-date 2025-06-09 samples/
          newsextract parse --format jsonl --jobs 4 -o facts.jsonl corpus/
          newsextract parse --format csv --only dates,counts corpus/ > facts.csv
          cat article.txt | newsextract parse --reference-date 2025-06-09 -
          newsextract parse --include '*.html' --exclude 'drafts/*' site/
          newsextract parse --format jsonl --manifest articles.csv
          newsextract parse --format jsonl --date-from-filename corpus/
        """;

    public static Command Create(CliConsole console)
    {
        var inputs = new Argument<string[]>("INPUT")
        {
            Description = "Files, directories (walked recursively) or - for standard input",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string?>("--format", "-f")
        {
            Description = "Output format: json (an object for one input, an array for several; the default), jsonl (the default with --input-format jsonl), csv",
        };
        format.AcceptOnlyFromAmong("json", "jsonl", "csv");
        var output = new Option<string?>("--output", "-o") { Description = "Write to FILE instead of standard output", HelpName = "FILE" };
        var referenceDate = new Option<DateOnly?>("--reference-date", "-r")
        {
            Description = "Resolve relative dates (\"on Monday\", \"today\") against this date, YYYY-MM-DD",
            HelpName = "DATE",
            CustomParser = ParseDate,
        };
        var only = new Option<FactKinds>("--only")
        {
            Description = "Extract only these kinds, comma-separated: dates,counts,officials,quotes",
            HelpName = "KINDS",
            CustomParser = ParseKinds,
        };
        var jobs = new Option<int>("--jobs", "-j")
        {
            Description = "Articles processed in parallel (output order never changes) [default: processor count]",
            HelpName = "N",
            CustomParser = ParseJobs,
        };
        var include = new Option<string[]>("--include")
        {
            Description = "Glob of files to take from directories (repeatable; default *.txt)",
            HelpName = "GLOB",
            AllowMultipleArgumentsPerToken = false,
        };
        var exclude = new Option<string[]>("--exclude") { Description = "Glob of files to leave out of directories (repeatable)", HelpName = "GLOB" };
        var includeText = new Option<bool>("--include-text") { Description = "Add each article's text as the field \"text\"" };
        var manifest = new Option<string?>("--manifest")
        {
            Description = "CSV of articles (path, reference_date, other columns passed through as metadata); without INPUT, parse the articles it lists",
            HelpName = "FILE",
        };
        var dateFromFileName = new Option<bool>("--date-from-filename")
        {
            Description = "Take an article's reference date from its file name (2025-06-09-kyiv.txt) when no other is given",
        };
        var inputFormat = new Option<string>("--input-format")
        {
            Description = "How inputs are read: auto (HTML for .html/.htm, else text), text, html, or jsonl (one {\"id\", \"text\", \"reference_date\"} record per line, streamed)",
            DefaultValueFactory = _ => "auto",
        };
        inputFormat.AcceptOnlyFromAmong("auto", "text", "html", "jsonl");
        var force = new Option<bool>("--force") { Description = "Let --output write through a symbolic link" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress line on a terminal's stderr (error messages still appear)" };
        var maxBytes = new Option<long>("--max-bytes")
        {
            Description = $"Refuse inputs larger than this many bytes (at most {BoundedInput.MaxLimit})",
            HelpName = "BYTES",
            DefaultValueFactory = _ => DefaultMaxBytes,
        };
        maxBytes.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<long>() is < 1 or > BoundedInput.MaxLimit)
            {
                result.AddError($"--max-bytes must be between 1 and {BoundedInput.MaxLimit} (512 MiB)");
            }
        });
        var timeout = new Option<double>("--timeout")
        {
            Description = "Give up on an input after this many seconds of work (an error record \"timeout\"; the batch goes on); 0 for no limit",
            HelpName = "SECONDS",
            DefaultValueFactory = _ => TimeBudget.DefaultSeconds,
            CustomParser = ParseSeconds,
        };

        var command = new Command("parse", "Extract dates, counts, officials and quotes from articles")
        {
            inputs, format, output, referenceDate, only, jobs, include, exclude, includeText, manifest, dateFromFileName, inputFormat, quiet, force, maxBytes, timeout,
        };
        command.Validators.Add(result =>
        {
            var given = result.GetValue(inputs) ?? [];
            if (given.Length == 0 && result.GetValue(manifest) is null)
            {
                result.AddError("no INPUT given (files, directories, - for standard input, or --manifest FILE)");
            }

            // An unknown option would otherwise be taken for a file name; "./-x" still names a file "-x".
            foreach (var input in given)
            {
                if (input.Length > 1 && input[0] == '-')
                {
                    result.AddError($"unknown option '{input}'");
                }
            }
        });
        command.SetAction(parseResult => Run(console, new ParseSettings(
            parseResult.GetValue(inputs) ?? [],
            (parseResult.GetValue(format) ?? (parseResult.GetValue(inputFormat) == "jsonl" ? "jsonl" : "json")) switch
            {
                "jsonl" => OutputFormat.JsonLines,
                "csv" => OutputFormat.Csv,
                _ => OutputFormat.Json,
            },
            parseResult.GetValue(output),
            parseResult.GetValue(referenceDate),
            parseResult.GetResult(only) is null ? FactKinds.All : parseResult.GetValue(only),
            parseResult.GetResult(jobs) is null ? Environment.ProcessorCount : parseResult.GetValue(jobs),
            parseResult.GetValue(include) ?? [],
            parseResult.GetValue(exclude) ?? [],
            parseResult.GetValue(includeText),
            parseResult.GetValue(manifest),
            parseResult.GetValue(dateFromFileName),
            parseResult.GetValue(inputFormat) ?? "auto",
            parseResult.GetValue(quiet),
            parseResult.GetValue(force),
            parseResult.GetValue(maxBytes),
            parseResult.GetValue(timeout))));
        return command;
    }

    internal static int Run(CliConsole console, ParseSettings settings)
    {
        StartPreparing(settings.Kinds);
        Manifest? manifest = null;
        if (settings.ManifestPath is { } manifestPath)
        {
            try
            {
                manifest = Manifest.Load(manifestPath);
            }
            catch (Exception ex) when (ex is ManifestException or IOException or UnauthorizedAccessException or CsvHelper.CsvHelperException)
            {
                console.Report(manifestPath, ex is ManifestException ? ex.Message : "cannot read manifest: " + InputFinder.Describe(ex));
                return ExitCodes.Fatal;
            }
        }

        var arguments = settings.Inputs.Count > 0 ? settings.Inputs : [.. manifest!.Entries.Select(entry => entry.Path)];
        var items = new InputFinder(settings.Includes, settings.Excludes).Find(arguments);
        var referenceDates = new ReferenceDates(settings.ReferenceDate, manifest, settings.DateFromFileName);
        if (settings.OutputPath is { } outputPath && !settings.Force && new FileInfo(outputPath).LinkTarget is { } target)
        {
            // A link planted where the output goes could make the run overwrite any file the user can write.
            console.Report(outputPath, $"is a symbolic link (to {target}); not writing through it without --force");
            return ExitCodes.Fatal;
        }

        Stream stream;
        try
        {
            stream = settings.OutputPath is null ? console.Out : new FileStream(settings.OutputPath, FileMode.Create, FileAccess.Write, FileShare.Read);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            console.Report(settings.OutputPath, "cannot write output: " + InputFinder.Describe(ex));
            return ExitCodes.Fatal;
        }

        // One object for a single file (or stdin); an array as soon as a directory or several inputs are given.
        var asArray = arguments.Count != 1 || Directory.Exists(arguments[0]) || settings.InputFormat == "jsonl";
        var failed = 0;
        try
        {
            // Results go out article by article where someone waits for each (a terminal, a record
            // stream on stdin); a batch is written in blocks, sparing a system call per article.
            var flushEachArticle = console.OutIsTerminal || settings.InputFormat == "jsonl" || arguments.Contains("-");
            // Not disposed: that would close stdout; the writer's End flushes it.
            var buffered = new BufferedStream(stream, 1 << 16);
            using var writer = ResultWriter.Create(settings.Format, buffered, new OutputOptions(settings.IncludeText, settings.Kinds), asArray, flushEachArticle);
            writer.Begin();
            var showProgress = !settings.Quiet && console.ErrorIsTerminal && items.Count > 1 && settings.InputFormat != "jsonl";
            var sizes = showProgress ? items.ToDictionary(item => item.Source, item => item.Path is null ? 0 : SizeOf(item.Path)) : null;
            var progress = sizes is null ? null : new Progress(console.Error, items.Count, sizes.Values.Sum());

            // The JSON Lines bytes of a result are made on the worker that produced it (Prepare), so the
            // thread that writes them in order does little more than write.
            void Consume((ArticleResult Result, object? Prepared) done)
            {
                var result = done.Result;
                if (result.Error is { } error)
                {
                    failed++;
                    progress?.Clear();
                    console.Report(result.Source, error.Message);
                }

                writer.Write(result, done.Prepared);
                progress?.Advance(sizes!.GetValueOrDefault(result.Source));
            }

            if (settings.InputFormat == "jsonl")
            {
                OrderedRunner.Run(
                    JsonLinesInput.Lines(items, console.In, settings.MaxBytes),
                    settings.Jobs,
                    line => Prepared(writer, JsonLinesInput.Process(line, settings.ReferenceDate, settings.Kinds, settings.MaxBytes, settings.Timeout)),
                    Consume);
            }
            else
            {
                // No more workers than files: one article (the common start-up case) runs on this thread,
                // without starting the thread pool or a reader thread.
                OrderedRunner.Run(items, Math.Min(settings.Jobs, Math.Max(items.Count, 1)), item => Prepared(writer, Process(item, console.In, settings, referenceDates)), Consume);
            }

            writer.End();
            progress?.Finish();
        }
        catch (IOException) when (settings.OutputPath is null)
        {
            // The reader went away (`newsextract parse ... | head -1`): stop quietly, as grep and jq do.
            return failed > 0 ? ExitCodes.InputsFailed : ExitCodes.Ok;
        }
        catch (IOException ex)
        {
            console.Report(settings.OutputPath, "cannot write output: " + ex.Message);
            return ExitCodes.Fatal;
        }
        finally
        {
            if (settings.OutputPath is not null)
            {
                stream.Dispose();
            }
        }

        return failed > 0 ? ExitCodes.InputsFailed : ExitCodes.Ok;
    }

    private static (ArticleResult, object?) Prepared(ResultWriter writer, ArticleResult result) => (result, writer.Prepare(result));

    private static ArticleResult Process(InputItem item, Stream stdin, ParseSettings settings, ReferenceDates referenceDates) =>
        InputReader.Process(item, stdin, settings.MaxBytes, (input, length) =>
            TimeBudget.Run(item.Source, settings.Timeout, cancellation =>
            {
                var (date, dateSource, metadata) = referenceDates.For(item);
                var format = settings.InputFormat switch
                {
                    "text" => InputFormat.Text,
                    "html" => InputFormat.Html,
                    _ => ArticleProcessor.FormatOf(item.Source),
                };
                var options = new ExtractionOptions(date, settings.Kinds);
                var result = ArticleProcessor.Process(item.Source, input, format, options, dateSource, settings.MaxBytes, length, cancellation);
                return metadata is null || result.Error is not null ? result : result with { Metadata = metadata };
            }));

    private static long SizeOf(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    private static DateOnly? ParseDate(ArgumentResult result)
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (DateOnly.TryParseExact(token, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        result.AddError($"--reference-date: '{token}' is not a date of the form YYYY-MM-DD");
        return null;
    }

    // A parser, not a validator: a validator reading a value that did not convert ("--jobs abc") throws.
    private static int ParseJobs(ArgumentResult result)
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var jobs) && jobs >= 1)
        {
            return jobs;
        }

        result.AddError($"--jobs: '{token}' is not a whole number of at least 1");
        return 1;
    }

    private static double ParseSeconds(ArgumentResult result)
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        // CancellationTokenSource takes at most int.MaxValue milliseconds.
        if (double.TryParse(token, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds) && seconds <= int.MaxValue / 1000.0)
        {
            return seconds;
        }

        result.AddError($"--timeout: '{token}' is not a number of seconds from 0 (no limit) to {int.MaxValue / 1000}");
        return TimeBudget.DefaultSeconds;
    }

    // Rules and word lists load on a second core while this thread finds the inputs and the first
    // article's dates (NewsExtractor.Prepare says in which order); a single short article otherwise
    // waits for all of them in turn (bench/startup.sh).
    private static void StartPreparing(FactKinds kinds)
    {
        if (Environment.ProcessorCount < 2)
        {
            return;
        }

        new Thread(() =>
        {
            try
            {
                NewsExtractor.Prepare(kinds);
            }
            catch (Exception)
            {
                // Only a head start: whatever failed here fails again, and is reported, on the article.
            }
        })
        { IsBackground = true, Name = "prepare" }.Start();
    }

    private static FactKinds ParseKinds(ArgumentResult result)
    {
        var kinds = FactKinds.None;
        foreach (var token in result.Tokens)
        {
            foreach (var name in token.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (name.All(char.IsLetter) && Enum.TryParse<FactKinds>(name, ignoreCase: true, out var kind) && kind is not FactKinds.None and not FactKinds.All)
                {
                    kinds |= kind;
                }
                else
                {
                    result.AddError($"--only: unknown kind '{name}' (expected dates, counts, officials, quotes)");
                }
            }
        }

        return kinds == FactKinds.None ? FactKinds.All : kinds;
    }
}

/// <summary>The options of one <c>parse</c> run.</summary>
internal sealed record ParseSettings(
    IReadOnlyList<string> Inputs,
    OutputFormat Format,
    string? OutputPath,
    DateOnly? ReferenceDate,
    FactKinds Kinds,
    int Jobs,
    IReadOnlyList<string> Includes,
    IReadOnlyList<string> Excludes,
    bool IncludeText,
    string? ManifestPath,
    bool DateFromFileName,
    string InputFormat,
    bool Quiet,
    bool Force,
    long MaxBytes,
    double Timeout);
