using System.Text;
using System.Text.RegularExpressions;

namespace NewsExtract.Text;

/// <summary>
/// A list of literal words as one regular-expression alternation, written as a trie
/// ("seven(?:t(?:een|y))?" for "seventeen", "seventy" and "seven") instead of one branch per word.
/// It matches what the plain alternation with the longest words first matches, trying the same
/// words in the same order, and it is a fraction of the size: regex construction, which start-up
/// pays for every rule a small article tries, costs in proportion to pattern length, and matching
/// reads each shared start once.
/// </summary>
internal static class WordAlternation
{
    /// <summary>
    /// The alternation of <paramref name="words"/>, each character written by <paramref
    /// name="atom"/> (a pattern for exactly the texts its character stands for, such as "['’]" for
    /// an apostrophe, or a run of white space for a space).
    /// </summary>
    public static string Of(IEnumerable<string> words, Func<char, string> atom)
    {
        var (root, longestFirst) = Build(words);
        var plain = "(?:" + string.Join("|", longestFirst.Select(word => string.Concat(word.Select(atom)))) + ")";
        if (!CanFactor(root, longestFirst))
        {
            return plain;
        }

        // A short list with little in common is shorter plain ("May|June|July"). A trie a little
        // longer than the plain list is still worth it when it has at most half as many branches:
        // the regex interpreter tries a plain list's branches one by one, so a word that is not in
        // it costs a try of every branch (the 33 number words fail in half the time as a trie of 10
        // branches, 3% longer).
        var factored = Branches(root, atom);
        var fewerBranches = root.Children.Count * 2 <= longestFirst.Count && factored.Length <= plain.Length * 5 / 4;
        return factored.Length < plain.Length || fewerBranches ? factored : plain;
    }

    // The words as a trie however long, for words that may be tried in any order (no word begins
    // another); null when the trie cannot be written.
    private static string? Trie(IEnumerable<string> words, Func<char, string> atom)
    {
        var (root, longestFirst) = Build(words);
        return CanFactor(root, longestFirst) ? Branches(root, atom) : null;
    }

    // The trie of the words, and the words without repeats, longest first.
    private static (Node Root, List<string> LongestFirst) Build(IEnumerable<string> words)
    {
        var longestFirst = new HashSet<string>(words, StringComparer.Ordinal).ToList();
        longestFirst.Sort(static (a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length) : string.CompareOrdinal(a, b));
        var root = new Node('\0');
        foreach (var word in longestFirst)
        {
            var node = root;
            foreach (var c in word)
            {
                node = node.Child(c);
            }

            node.IsWord = true;
        }

        return (root, longestFirst);
    }

    /// <summary>
    /// <paramref name="pattern"/> with each group of three or more plain words, "(?:about|around|
    /// some|more@_than)", written as a trie, <paramref name="space"/> standing for the white space
    /// between words. Only groups in which no word begins another change: in them at most one word
    /// can match at a place, whatever follows, so the order of the words does not matter, and the
    /// regex interpreter, which tries a group's branches one by one, tries one per first letter.
    /// </summary>
    /// <param name="pattern">The pattern.</param>
    /// <param name="space">What stands for white space between words in it.</param>
    /// <param name="done">Groups already written, by their text: rules share many ("(?:past|last|next)").</param>
    public static string FactorWordGroups(string pattern, string space, Dictionary<string, string?>? done = null)
    {
        StringBuilder? factored = null;
        var copied = 0;
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                i++;
            }
            else if (inClass)
            {
                inClass = c != ']';
            }
            else if (c == '[')
            {
                inClass = true;
                i += pattern.AsSpan(i + 1).StartsWith("^]") ? 2 : pattern.AsSpan(i + 1).StartsWith("]") ? 1 : 0; // a ']' first is a member
            }
            else if (pattern.AsSpan(i).StartsWith("(?:") && ReadWordGroup(pattern, i + 3, space) is var (words, end))
            {
                var group = pattern[i..end];
                if (done is null || !done.TryGetValue(group, out var trie))
                {
                    trie = words.Count >= 3 && NoneBeginsAnother(words) ? Trie(words, ch => ch == ' ' ? space : Escaped(ch)) : null;
                    done?.Add(group, trie);
                }

                if (trie is not null)
                {
                    factored ??= new StringBuilder(pattern.Length);
                    factored.Append(pattern, copied, i - copied).Append(trie);
                    copied = end;
                }

                i = end - 1;
            }
        }

        return factored is null ? pattern : factored.Append(pattern, copied, pattern.Length - copied).ToString();
    }

    // The words of "a|b c|d)" from start (space for the white space between words) and the position
    // after its ')'; null when the group holds anything but ASCII letters, digits, hyphens and spaces.
    // Read twice: most groups are not word groups and fail the first reading, which builds nothing.
    private static (List<string> Words, int End)? ReadWordGroup(string pattern, int start, string space)
    {
        var afterLetter = false; // white space may follow a letter, and a bar or the end white space or a letter
        var afterSpace = false;
        for (var i = start; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (char.IsAsciiLetterOrDigit(c) || c == '-')
            {
                (afterLetter, afterSpace) = (true, false);
            }
            else if (afterLetter && pattern.AsSpan(i).StartsWith(space, StringComparison.Ordinal))
            {
                (afterLetter, afterSpace) = (false, true);
                i += space.Length - 1;
            }
            else if (c is '|' or ')' && (afterLetter || afterSpace))
            {
                (afterLetter, afterSpace) = (false, false);
                if (c == ')')
                {
                    return ([.. pattern[start..i].Split('|').Select(word => word.Replace(space, " ", StringComparison.Ordinal))], i + 1);
                }
            }
            else
            {
                return null;
            }
        }

        return null;
    }

    // Sorted ignoring case, a word that begins others comes right before one of them.
    private static bool NoneBeginsAnother(List<string> words)
    {
        var sorted = words.Order(StringComparer.OrdinalIgnoreCase).ToList();
        for (var i = 1; i < sorted.Count; i++)
        {
            if (sorted[i].StartsWith(sorted[i - 1], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The escaped character: the atom of a plain word list.</summary>
    public static string Escaped(char c) => c < AsciiEscaped.Length ? AsciiEscaped[c] : Regex.Escape(c.ToString());

    private static readonly string[] AsciiEscaped = [.. Enumerable.Range(0, 128).Select(c => Regex.Escape(((char)c).ToString()))];

    // The trie tries a node's children before the word ending there, so it tries the words that match
    // at a place longest first, as the plain list does, as long as at most one child of a node can
    // match there. Two children that differ only in case both match when the pattern ignores case,
    // so such a list, an empty word, letters outside ASCII (whose case pairs the check below might
    // not know) or white space other than a space keep the plain form.
    private static bool CanFactor(Node root, List<string> words)
    {
        if (words.Count == 0 || words.Any(word => word.Length == 0 || word.Any(c => (c > '\u007f' && char.IsLetter(c)) || (c != ' ' && char.IsWhiteSpace(c)))))
        {
            return false;
        }

        var pending = new Stack<Node>([root]);
        while (pending.TryPop(out var node))
        {
            for (var i = 1; i < node.Children.Count; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    if (Fold(node.Children[i].Character) == Fold(node.Children[j].Character))
                    {
                        return false;
                    }
                }
            }

            foreach (var child in node.Children)
            {
                pending.Push(child);
            }
        }

        return true;
    }

    // Characters an atom may stand for together: the cases of a letter, both apostrophes.
    private static char Fold(char c) => c == '’' ? '\'' : char.ToLowerInvariant(c);

    // The branches of a node's children, between bars, into one builder (start-up writes every
    // word list of the date rules this way).
    private static string Branches(Node node, Func<char, string> atom)
    {
        var text = new StringBuilder("(?:");
        WriteChildren(node, atom, text);
        return text.Append(')').ToString();
    }

    private static void WriteChildren(Node node, Func<char, string> atom, StringBuilder text)
    {
        for (var i = 0; i < node.Children.Count; i++)
        {
            if (i > 0)
            {
                text.Append('|');
            }

            Write(node.Children[i], atom, text);
        }
    }

    private static void Write(Node node, Func<char, string> atom, StringBuilder text)
    {
        text.Append(atom(node.Character));
        while (node.Children.Count == 1 && !node.IsWord)
        {
            node = node.Children[0];
            text.Append(atom(node.Character));
        }

        if (node.Children is [{ Children.Count: 0 } last] && node.IsWord && IsSingleCharacter(atom(last.Character)))
        {
            text.Append(atom(last.Character)).Append('?'); // "days?" rather than "day(?:s)?"
        }
        else if (node.Children.Count > 0)
        {
            text.Append("(?:");
            WriteChildren(node, atom, text);
            text.Append(')');
            if (node.IsWord)
            {
                text.Append('?');
            }
        }
    }

    // An atom that a following '?' makes optional as a whole: one character, an escaped one, or a class.
    private static bool IsSingleCharacter(string atom) =>
        atom.Length == 1 || (atom.Length == 2 && atom[0] == '\\') || (atom[0] == '[' && atom[^1] == ']' && atom.IndexOf(']', 1) == atom.Length - 1);

    private sealed class Node(char character)
    {
        public char Character { get; } = character;

        public bool IsWord { get; set; }

        public List<Node> Children { get; } = [];

        public Node Child(char c)
        {
            for (var i = 0; i < Children.Count; i++)
            {
                if (Children[i].Character == c)
                {
                    return Children[i];
                }
            }

            var added = new Node(c);
            Children.Add(added);
            return added;
        }
    }
}
