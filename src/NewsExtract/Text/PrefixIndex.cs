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

    /// <summary>
    /// Adds to <paramref name="found"/> every pattern that may match at <paramref name="start"/>
    /// (repeats possible) of <paramref name="normalized"/>, a text put through <see cref="RegexText.Normalize(string)"/>.
    /// </summary>
    public void Find(string normalized, int start, List<int> found)
    {
        found.AddRange(_everywhere);
        var node = _root;
        for (var i = start; i < normalized.Length && node.Child(normalized[i]) is { } child; i++)
        {
            found.AddRange(child.Frozen);
            node = child;
        }
    }

    private static void Freeze(Node node)
    {
        node.Frozen = [.. node.Patterns.Distinct().Order()];
        foreach (var (key, child) in node.Children)
        {
            if (char.IsAscii(key))
            {
                node.Ascii[key] = child;
            }

            Freeze(child);
        }
    }

    private sealed class Node
    {
        public Dictionary<char, Node> Children { get; } = [];

        // The same children for ASCII keys, looked up without hashing: nearly every key in news.
        public Node?[] Ascii { get; } = new Node?[128];

        public List<int> Patterns { get; } = [];

        public int[] Frozen { get; set; } = [];

        public Node? Child(char key) => char.IsAscii(key) ? Ascii[key] : Children.GetValueOrDefault(key);
    }
}
