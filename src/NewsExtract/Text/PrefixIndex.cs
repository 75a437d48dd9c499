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
    /// Adds <paramref name="start"/> to the list, in <paramref name="positions"/>, of every pattern
    /// that may match there in <paramref name="normalized"/> (a text put through <see
    /// cref="RegexText.Normalize(string)"/>), once. Called for ascending starts, it leaves each
    /// pattern's positions in text order.
    /// </summary>
    public void Find(ReadOnlySpan<char> normalized, int start, List<int>[] positions)
    {
        AddTo(positions, _everywhere, start);
        var node = _root;
        for (var i = start; i < normalized.Length && node.Child(normalized[i]) is { } child; i++)
        {
            AddTo(positions, child.Frozen, start);
            node = child;
        }
    }

    private static void AddTo(List<int>[] positions, int[] patterns, int start)
    {
        foreach (var pattern in patterns)
        {
            var list = positions[pattern];
            if (list.Count == 0 || list[^1] != start)
            {
                list.Add(start);
            }
        }
    }

    private static void Freeze(Node node)
    {
        node.Frozen = [.. node.Patterns.Distinct().Order()];
        node.Keys = [.. node.Children.Keys];
        node.Nodes = [.. node.Children.Values];
        if (node.Keys.Length >= DenseChildren && node.Keys.All(char.IsAscii))
        {
            node.Ascii = new Node?[128];
            for (var i = 0; i < node.Keys.Length; i++)
            {
                node.Ascii[node.Keys[i]] = node.Nodes[i];
            }
        }

        foreach (var child in node.Nodes)
        {
            Freeze(child);
        }
    }

    // A node with this many children looks them up in a table; fewer are scanned (most nodes have one).
    private const int DenseChildren = 8;

    private sealed class Node
    {
        public Dictionary<char, Node> Children { get; } = [];

        public List<int> Patterns { get; } = [];

        public int[] Frozen { get; set; } = [];

        public char[] Keys { get; set; } = [];

        public Node[] Nodes { get; set; } = [];

        public Node?[]? Ascii { get; set; }

        public Node? Child(char key)
        {
            if (Ascii is not null)
            {
                return char.IsAscii(key) ? Ascii[key] : null;
            }

            var index = Array.IndexOf(Keys, key);
            return index < 0 ? null : Nodes[index];
        }
    }
}
