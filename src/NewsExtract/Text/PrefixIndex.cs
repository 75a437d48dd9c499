namespace NewsExtract.Text;

/// <summary>
/// Which of a list of patterns may match at a position of a text, from the prefixes every match of
/// each begins with (<see cref="RegexText"/>): a trie of normalised prefixes walked from the
/// position. Patterns without known prefixes are offered at every position.
/// </summary>
internal sealed class PrefixIndex
{
    private readonly Node _root = new();
    private readonly int[] _everywhere;

    /// <param name="prefixes">Per pattern, its prefixes, or null when it may begin anywhere.</param>
    public PrefixIndex(IReadOnlyList<IReadOnlyCollection<string>?> prefixes)
    {
        var everywhere = new List<int>();
        for (var pattern = 0; pattern < prefixes.Count; pattern++)
        {
            if (prefixes[pattern] is not { } set)
            {
                everywhere.Add(pattern);
                continue;
            }

            foreach (var prefix in set)
            {
                var node = _root;
                foreach (var key in prefix)
                {
                    node = node.Children.TryGetValue(key, out var child) ? child : node.Children[key] = new Node();
                }

                node.Patterns.Add(pattern);
            }
        }

        _everywhere = [.. everywhere];
        Freeze(_root);
    }

    /// <summary>Adds to <paramref name="found"/> every pattern that may match at <paramref name="start"/> (repeats possible).</summary>
    public void Find(ReadOnlySpan<char> text, int start, List<int> found)
    {
        found.AddRange(_everywhere);
        var node = _root;
        for (var i = start; i < text.Length; i++)
        {
            if (!node.Children.TryGetValue(RegexText.Normalize(text[i]), out node))
            {
                return;
            }

            found.AddRange(node.Frozen);
        }
    }

    private static void Freeze(Node node)
    {
        node.Frozen = [.. node.Patterns.Distinct().Order()];
        foreach (var child in node.Children.Values)
        {
            Freeze(child);
        }
    }

    private sealed class Node
    {
        public Dictionary<char, Node> Children { get; } = [];

        public List<int> Patterns { get; } = [];

        public int[] Frozen { get; set; } = [];
    }
}
