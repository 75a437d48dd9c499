using System.Runtime.CompilerServices;

namespace NewsExtract.Text;

/// <summary>
/// Which of a list of patterns may match at a position of a text, from the prefixes every match of
/// each begins with (<see cref="RegexText"/>): a trie of normalised prefixes walked from the
/// position. Patterns without known prefixes are offered at every position. The trie lives in flat
/// arrays: the date rules have tens of thousands of prefixes, and start-up builds it.
/// </summary>
internal sealed class PrefixIndex
{
    // A node with this many children looks them up in a table; fewer are scanned (most nodes have one).
    private const int DenseChildren = 8;

    private readonly int[] _everywhere;

    // Node n's children are _childNodes[_nodes[n].ChildStart .. ChildEnd) with keys _childKeys at the
    // same places; its patterns are _patterns[PatternStart .. PatternEnd); a dense node's ASCII
    // children are _asciiChildren[Table * 128 + key] (0: none; the root is no child).
    private readonly Node[] _nodes;
    private readonly char[] _childKeys;
    private readonly int[] _childNodes;
    private readonly int[] _patterns;
    private readonly int[] _asciiChildren;

    /// <param name="prefixes">Per pattern, its prefixes, or null when it may begin anywhere.</param>
    public PrefixIndex(IReadOnlyList<IReadOnlyCollection<string>?> prefixes)
    {
        var everywhere = new List<int>();
        var builder = new Builder();
        for (var pattern = 0; pattern < prefixes.Count; pattern++)
        {
            if (prefixes[pattern] is not { } set)
            {
                everywhere.Add(pattern);
                continue;
            }

            foreach (var prefix in set)
            {
                builder.Add(prefix, pattern);
            }
        }

        _everywhere = [.. everywhere];
        (var childStart, _childKeys, _childNodes, var patternStart, _patterns) = builder.Flatten();
        var nodes = childStart.Length - 1;
        _nodes = new Node[nodes];
        var tables = new List<int>();
        for (var node = 0; node < nodes; node++)
        {
            var (start, end) = (childStart[node], childStart[node + 1]);
            var table = -1;
            if (end - start >= DenseChildren && !_childKeys.AsSpan(start, end - start).ContainsAnyExceptInRange('\0', '\u007f'))
            {
                table = tables.Count / 128;
                tables.AddRange(new int[128]);
                for (var i = start; i < end; i++)
                {
                    tables[(table * 128) + _childKeys[i]] = _childNodes[i];
                }
            }

            _nodes[node] = new Node(start, end, patternStart[node], patternStart[node + 1], table);
        }

        _asciiChildren = [.. tables];
    }

    // What the walk reads of a node, in one place: one cache line instead of one per array.
    private readonly record struct Node(int ChildStart, int ChildEnd, int PatternStart, int PatternEnd, int Table);

    /// <summary>
    /// Adds <paramref name="origin"/> to the list, in <paramref name="positions"/>, of every pattern
    /// that may match at <paramref name="start"/> of <paramref name="text"/> (normalised with <see
    /// cref="RegexText.Normalize(string)"/> and <see cref="RegexText.CollapseRuns"/>), once;
    /// <paramref name="origin"/> is where that start is in the text the patterns run on. Called for
    /// ascending starts, it leaves each pattern's positions in text order.
    /// </summary>
    public void Find(ReadOnlySpan<char> text, int start, int origin, List<int>[] positions)
    {
        AddTo(positions, _everywhere, origin);
        var node = 0;
        for (var i = start; i < text.Length && Child(node, text[i]) is var child and > 0; i++)
        {
            var (patternStart, patternEnd) = (_nodes[child].PatternStart, _nodes[child].PatternEnd);
            if (patternStart < patternEnd)
            {
                AddTo(positions, _patterns.AsSpan(patternStart, patternEnd - patternStart), origin);
            }

            node = child;
        }
    }

    // A plain loop over the few children of a sparse node: a vectorised search costs more to set up
    // than it saves on fewer than DenseChildren keys.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Child(int node, char key)
    {
        ref readonly var info = ref _nodes[node];
        if (info.Table >= 0)
        {
            return key < 128 ? _asciiChildren[(info.Table * 128) + key] : 0;
        }

        var end = info.ChildEnd;
        for (var i = info.ChildStart; i < end; i++)
        {
            if (_childKeys[i] == key)
            {
                return _childNodes[i];
            }
        }

        return 0;
    }

    private static void AddTo(List<int>[] positions, ReadOnlySpan<int> patterns, int start)
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

    // Builds the trie as linked lists (first child, next sibling), then lays it out flat.
    private sealed class Builder
    {
        // Node n's key, first child and next sibling, in arrays grown by hand (start-up adds ~15k
        // prefixes here; lists cost twice the instructions).
        private char[] _key = new char[1024];
        private int[] _firstChild = new int[1024];
        private int[] _nextSibling = new int[1024];
        private int[] _childCount = new int[1024];
        private int _nodes = 1;
        private readonly List<(int Node, int Pattern)> _ends = [];

        // The last prefix added and the node after each of its characters (_lastPath[0] is the root):
        // prefixes come sorted, so most share their start with the one before and skip that part
        // of the walk.
        private string _lastPrefix = "";
        private int[] _lastPath = new int[16];

        public Builder() => _firstChild[0] = -1;

        public void Add(string prefix, int pattern)
        {
            var shared = prefix.AsSpan().CommonPrefixLength(_lastPrefix);
            var node = _lastPath[shared];
            if (_lastPath.Length <= prefix.Length)
            {
                Array.Resize(ref _lastPath, prefix.Length + 1);
            }

            _lastPrefix = prefix;
            for (var depth = shared; depth < prefix.Length; depth++)
            {
                var key = prefix[depth];
                var child = _firstChild[node];
                while (child >= 0 && _key[child] != key)
                {
                    child = _nextSibling[child];
                }

                if (child < 0)
                {
                    child = NewNode(key, _firstChild[node]);
                    _firstChild[node] = child;
                    _childCount[node]++;
                }

                node = child;
                _lastPath[depth + 1] = node;
            }

            _ends.Add((node, pattern));
        }

        private int NewNode(char key, int nextSibling)
        {
            if (_nodes == _key.Length)
            {
                Array.Resize(ref _key, _nodes * 2);
                Array.Resize(ref _firstChild, _nodes * 2);
                Array.Resize(ref _nextSibling, _nodes * 2);
                Array.Resize(ref _childCount, _nodes * 2);
            }

            _key[_nodes] = key;
            _firstChild[_nodes] = -1;
            _nextSibling[_nodes] = nextSibling;
            _childCount[_nodes] = 0;
            return _nodes++;
        }

        public (int[] ChildStart, char[] ChildKeys, int[] ChildNodes, int[] PatternStart, int[] Patterns) Flatten()
        {
            var nodes = _nodes;
            var childStart = new int[nodes + 1];
            for (var node = 0; node < nodes; node++)
            {
                childStart[node + 1] = childStart[node] + _childCount[node];
            }

            var childKeys = new char[childStart[nodes]];
            var childNodes = new int[childStart[nodes]];
            for (var node = 0; node < nodes; node++)
            {
                var at = childStart[node];
                for (var child = _firstChild[node]; child >= 0; child = _nextSibling[child])
                {
                    childKeys[at] = _key[child];
                    childNodes[at++] = child;
                }
            }

            var patternStart = new int[nodes + 1];
            foreach (var (node, _) in _ends)
            {
                patternStart[node + 1]++;
            }

            for (var node = 0; node < nodes; node++)
            {
                patternStart[node + 1] += patternStart[node];
            }

            var patterns = new int[_ends.Count];
            var filled = new int[nodes];
            foreach (var (node, pattern) in _ends)
            {
                patterns[patternStart[node] + filled[node]++] = pattern;
            }

            return (childStart, childKeys, childNodes, patternStart, patterns);
        }
    }
}
