namespace NewsExtract.Evaluation;

/// <summary>The figures for one kind, rounded to 3 decimals as score.py rounds them.</summary>
/// <param name="Measures">Accuracies and the like, by score.py's names and in its order (value_acc, strict, ...).</param>
public sealed record KindScore(
    string Kind, double Precision, double Recall, double F1,
    IReadOnlyList<KeyValuePair<string, double>> Measures, long Tp, long Fp, long Fn);

/// <summary>What an evaluation found.</summary>
/// <param name="Articles">Gold articles scored.</param>
/// <param name="Errors">score.py's --show-errors lines, without the indent.</param>
/// <param name="Problems">Gold files whose content could not be scored.</param>
public sealed record EvaluationResult(
    int Articles, IReadOnlyList<KindScore> Scores, IReadOnlyList<string> Errors, IReadOnlyList<FileProblem> Problems);
