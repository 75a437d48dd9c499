namespace NewsExtract.Evaluation;

/// <summary>
/// score.py's find_prediction over a list of sources: the one source that ends with the gold's source
/// (a corpus-relative path such as "politics/001.txt"), else the last source with the gold file's key.
/// </summary>
public sealed class SourcePairing
{
    private readonly IReadOnlyList<string> _sources;
    private readonly Dictionary<string, int> _lastByKey = new(StringComparer.Ordinal);

    public SourcePairing(IReadOnlyList<string> sources)
    {
        _sources = sources;
        for (var i = 0; i < sources.Count; i++)
        {
            _lastByKey[ArticleKey.Of(sources[i])] = i;
        }
    }

    /// <summary>The index of the paired source, or null when none pairs.</summary>
    public int? Find(string goldSource, string goldKey)
    {
        var wanted = "/" + goldSource.Replace('\\', '/').TrimStart('/');
        int? hit = null;
        var hits = 0;
        for (var i = 0; i < _sources.Count; i++)
        {
            if (("/" + _sources[i].Replace('\\', '/')).EndsWith(wanted, StringComparison.Ordinal))
            {
                hit ??= i;
                hits++;
            }
        }

        if (hits == 1)
        {
            return hit;
        }

        return _lastByKey.TryGetValue(goldKey, out var index) ? index : null;
    }
}
