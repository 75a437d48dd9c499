namespace NewsExtract.Evaluation;

/// <summary>Named counters for one kind, like score.py's Tally (a defaultdict of ints).</summary>
internal sealed class Tally
{
    private readonly Dictionary<string, long> _counts = new(StringComparer.Ordinal);

    public long this[string name] => _counts.GetValueOrDefault(name);

    public long Tp => this["tp"];

    public long Fp => this["fp"];

    public long Fn => this["fn"];

    /// <summary>Whether the counter was ever added to (score.py's `name in t.c`).</summary>
    public bool Has(string name) => _counts.ContainsKey(name);

    public void Add(string name, long amount)
    {
        _counts[name] = this[name] + amount;
    }

    public void Add(params (string Name, long Amount)[] amounts)
    {
        foreach (var (name, amount) in amounts)
        {
            Add(name, amount);
        }
    }

    /// <summary>Precision and recall are 1.0 with nothing to count, as in score.py.</summary>
    public (double Precision, double Recall, double F1) Prf()
    {
        var precision = Tp + Fp > 0 ? (double)Tp / (Tp + Fp) : 1.0;
        var recall = Tp + Fn > 0 ? (double)Tp / (Tp + Fn) : 1.0;
        var f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
        return (precision, recall, f1);
    }
}
