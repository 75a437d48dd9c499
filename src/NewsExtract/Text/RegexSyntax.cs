using System.Globalization;

namespace NewsExtract.Text;

/// <summary>A regular expression read as far as <see cref="RegexText"/> needs to reason about it.</summary>
internal abstract record RegexNode;

/// <summary>
/// One character of a set of normalised keys; <paramref name="Keys"/> null for one of many (\w, ., a
/// wide class), and then <paramref name="WordOnly"/> when all of them are word characters (\w, [a-z]).
/// </summary>
internal sealed record CharNode(IReadOnlySet<char>? Keys, bool WordOnly = false) : RegexNode;

/// <summary>A run of single characters (normalised keys): the pieces of words, kept whole so analysis stays cheap.</summary>
internal sealed record TextNode(string Text) : RegexNode;

/// <summary>Items one after the other; no items is the empty string (also what zero-width assertions become).</summary>
internal sealed record SequenceNode(IReadOnlyList<RegexNode> Items) : RegexNode;

internal sealed record AlternationNode(IReadOnlyList<RegexNode> Branches) : RegexNode;

/// <summary>An item repeated <paramref name="Min"/> to <paramref name="Max"/> times (int.MaxValue: unbounded).</summary>
internal sealed record RepeatNode(RegexNode Item, int Min, int Max) : RegexNode;

/// <summary>
/// Reads the text of a .NET regular expression into <see cref="RegexNode"/>s. Lookarounds, anchors
/// and \b become the empty string (they match no text of their own); what it does not model
/// (back-references, conditionals, balancing groups, class subtraction) makes it refuse the whole
/// expression, so a caller falls back to the safe answer.
/// </summary>
internal static class RegexSyntax
{
    // A class with more keys than this is treated as matching anything: cheaper, and only wider.
    private const int WideClass = 16;

    /// <summary>
    /// The tree of <paramref name="pattern"/>, or null when it uses a construct not modelled. Groups
    /// with the same text share one node through <paramref name="shared"/>, when given, so analyses
    /// that remember nodes do the building blocks common to many patterns once.
    /// </summary>
    public static RegexNode? Parse(string pattern, Dictionary<string, RegexNode>? shared = null)
    {
        try
        {
            return new Parser(pattern, shared).Parse();
        }
        catch (UnsupportedException)
        {
            return null;
        }
    }

    private sealed class UnsupportedException : Exception;

    private sealed class Parser(string pattern, Dictionary<string, RegexNode>? shared)
    {
        private static readonly RegexNode Empty = new SequenceNode([]);
        private static readonly RegexNode Any = new CharNode(null);
        private static readonly RegexNode AnyWordCharacter = new CharNode(null, WordOnly: true);
        private int _pos;

        public RegexNode Parse()
        {
            var result = Alternation();
            if (_pos != pattern.Length)
            {
                throw new UnsupportedException();
            }

            return result;
        }

        private RegexNode Alternation()
        {
            var branches = new List<RegexNode> { Sequence() };
            while (_pos < pattern.Length && pattern[_pos] == '|')
            {
                _pos++;
                branches.Add(Sequence());
            }

            return branches.Count == 1 ? branches[0] : new AlternationNode(branches);
        }

        private RegexNode Sequence()
        {
            var items = new List<RegexNode>();
            var word = new System.Text.StringBuilder();
            while (_pos < pattern.Length && pattern[_pos] is not ('|' or ')'))
            {
                var atom = Atom();
                var (min, max) = Quantifier();
                if (min == 1 && max == 1 && atom is TextNode letter)
                {
                    word.Append(letter.Text); // the letters of a word become one text
                    continue;
                }

                Flush(word, items);
                items.Add(min == 1 && max == 1 ? atom : new RepeatNode(atom, min, max));
            }

            Flush(word, items);
            return items.Count == 1 ? items[0] : new SequenceNode(items);
        }

        private RegexNode Atom()
        {
            var c = pattern[_pos++];
            switch (c)
            {
                case '(':
                    return Group();
                case '[':
                    return Class();
                case '\\' when _pos < pattern.Length && pattern[_pos] is 'b' or 'B' or 'A' or 'z' or 'Z' or 'G':
                    _pos++;
                    return Empty; // anchors and word boundaries match no text
                case '\\':
                    var letter = pattern[_pos];
                    return Escape(out _) is { } key ? Text(RegexText.Normalize(key)) : letter == 'w' ? AnyWordCharacter : Any;
                case '.':
                    return Any;
                case '^' or '$':
                    return Empty;
                default:
                    return Text(RegexText.Normalize(c));
            }
        }

        private RegexNode Group()
        {
            var start = _pos - 1;
            var node = GroupBody();
            if (shared is null)
            {
                return node;
            }

            var text = pattern[start.._pos];
            return shared.TryGetValue(text, out var known) ? known : shared[text] = node;
        }

        private RegexNode GroupBody()
        {
            if (!Peek('?'))
            {
                return Close(Alternation());
            }

            _pos++;
            if (Peek(':') || Peek('>'))
            {
                _pos++;
                return Close(Alternation());
            }

            if (Peek('=') || Peek('!') || Starts("<=") || Starts("<!"))
            {
                // Lookarounds match no text of their own.
                _pos += pattern[_pos] == '<' ? 2 : 1;
                Close(Alternation());
                return Empty;
            }

            if (Peek('<') || Peek('\''))
            {
                var end = pattern[_pos] == '<' ? '>' : '\'';
                var close = pattern.IndexOf(end, _pos + 1);
                if (close < 0 || pattern.AsSpan(_pos + 1, close - _pos - 1).Contains('-'))
                {
                    throw new UnsupportedException(); // balancing groups
                }

                _pos = close + 1;
                return Close(Alternation());
            }

            if (Peek('#'))
            {
                var close = pattern.IndexOf(')', _pos);
                _pos = close < 0 ? throw new UnsupportedException() : close + 1;
                return Empty;
            }

            // Inline options: "(?i)" matches nothing; "(?-i:...)" groups (case is folded anyway).
            while (_pos < pattern.Length && (char.IsAsciiLetter(pattern[_pos]) || pattern[_pos] == '-'))
            {
                _pos++;
            }

            if (Peek(')'))
            {
                _pos++;
                return Empty;
            }

            if (Peek(':'))
            {
                _pos++;
                return Close(Alternation());
            }

            throw new UnsupportedException(); // conditionals
        }

        private RegexNode Close(RegexNode inner)
        {
            if (!Peek(')'))
            {
                throw new UnsupportedException();
            }

            _pos++;
            return inner;
        }

        private RegexNode Class()
        {
            var negated = Peek('^');
            if (negated)
            {
                _pos++;
            }

            var keys = new HashSet<char>();
            var wide = false;
            var wordOnly = true; // every character the class holds is a word character
            var excludesNonSpace = false;
            var first = true;
            while (_pos < pattern.Length && (pattern[_pos] != ']' || first))
            {
                first = false;
                char? low;
                if (pattern[_pos] == '\\')
                {
                    _pos++;
                    var letter = pattern[_pos];
                    low = Escape(out var isClass);
                    if (isClass)
                    {
                        excludesNonSpace |= letter == 'S';
                        wordOnly &= letter is 'w' or 'd';
                        if (low is { } classKey)
                        {
                            keys.Add(classKey);
                        }
                        else
                        {
                            wide = true;
                        }

                        continue;
                    }
                }
                else if (pattern[_pos] == '-' && _pos + 1 < pattern.Length && pattern[_pos + 1] == '[')
                {
                    throw new UnsupportedException(); // class subtraction
                }
                else
                {
                    low = pattern[_pos++];
                }

                if (low is not { } from)
                {
                    wide = true;
                    wordOnly = false;
                    continue;
                }

                if (Peek('-') && _pos + 1 < pattern.Length && pattern[_pos + 1] != ']')
                {
                    _pos++;
                    char? to;
                    if (pattern[_pos] == '\\')
                    {
                        _pos++;
                        to = Escape(out _);
                    }
                    else
                    {
                        to = pattern[_pos++];
                    }

                    if (to is not { } last || last - from > 256)
                    {
                        wide = true;
                        wordOnly = false;
                        continue;
                    }

                    for (var ch = from; ch <= last; ch++)
                    {
                        keys.Add(RegexText.Normalize(ch));
                        wordOnly &= RegexText.IsWordCharacter(ch);
                    }
                }
                else
                {
                    keys.Add(RegexText.Normalize(from));
                    wordOnly &= RegexText.IsWordCharacter(from);
                }
            }

            if (!Peek(']'))
            {
                throw new UnsupportedException();
            }

            _pos++;
            if (negated)
            {
                // [^\S...] holds only white space; any other negated class is wide.
                return excludesNonSpace ? Text(' ') : Any;
            }

            return wide || keys.Count > WideClass ? (wordOnly ? AnyWordCharacter : Any) : new CharNode(keys);
        }

        // Reads the escape after a backslash: the character it stands for (\d and \s give their keys),
        // or null for a class escape that matches many characters (\w, \S, \p{..}); isClass tells a
        // class escape from a character.
        private char? Escape(out bool isClass)
        {
            isClass = false;
            var c = pattern[_pos++];
            switch (c)
            {
                case 'd':
                    isClass = true;
                    return '0';
                case 's':
                    isClass = true;
                    return ' ';
                case 'w' or 'W' or 'D' or 'S':
                    isClass = true;
                    return null;
                case 'p' or 'P':
                    isClass = true;
                    var close = pattern.IndexOf('}', _pos);
                    _pos = close < 0 ? throw new UnsupportedException() : close + 1;
                    return null;
                case 'b':
                    return '\b'; // only reached inside a class, where it is a backspace
                case 'n':
                    return '\n';
                case 'r':
                    return '\r';
                case 't':
                    return '\t';
                case 'f':
                    return '\f';
                case 'v':
                    return '\v';
                case 'e':
                    return '\u001b';
                case 'a':
                    return '\u0007';
                case 'x':
                    return Hex(2);
                case 'u':
                    return Hex(4);
                case 'k':
                    throw new UnsupportedException();
                default:
                    if (char.IsAsciiDigit(c))
                    {
                        throw new UnsupportedException(); // back-references and octal
                    }

                    return c;
            }
        }

        private char Hex(int digits)
        {
            if (_pos + digits > pattern.Length
                || !int.TryParse(pattern.AsSpan(_pos, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                throw new UnsupportedException();
            }

            _pos += digits;
            return (char)code;
        }

        private (int Min, int Max) Quantifier()
        {
            if (_pos >= pattern.Length)
            {
                return (1, 1);
            }

            (int, int) bounds;
            switch (pattern[_pos])
            {
                case '?':
                    _pos++;
                    bounds = (0, 1);
                    break;
                case '*':
                    _pos++;
                    bounds = (0, int.MaxValue);
                    break;
                case '+':
                    _pos++;
                    bounds = (1, int.MaxValue);
                    break;
                case '{' when Braces() is { } braces:
                    bounds = braces;
                    break;
                default:
                    return (1, 1);
            }

            if (Peek('?'))
            {
                _pos++; // lazy: the same strings
            }

            return bounds;
        }

        // "{n}", "{n,}", "{n,m}"; anything else after "{" is a literal brace.
        private (int, int)? Braces()
        {
            var close = pattern.IndexOf('}', _pos);
            if (close < 0)
            {
                return null;
            }

            var body = pattern.AsSpan(_pos + 1, close - _pos - 1);
            var comma = body.IndexOf(',');
            var minText = comma < 0 ? body : body[..comma];
            if (!int.TryParse(minText, NumberStyles.None, CultureInfo.InvariantCulture, out var min))
            {
                return null;
            }

            var max = min;
            if (comma >= 0)
            {
                var maxText = body[(comma + 1)..];
                if (maxText.IsEmpty)
                {
                    max = int.MaxValue;
                }
                else if (!int.TryParse(maxText, NumberStyles.None, CultureInfo.InvariantCulture, out max))
                {
                    return null;
                }
            }

            _pos = close + 1;
            return (min, max);
        }

        private static void Flush(System.Text.StringBuilder word, List<RegexNode> items)
        {
            if (word.Length > 0)
            {
                items.Add(new TextNode(word.ToString()));
                word.Clear();
            }
        }

        // One character is a one-letter text (no set to allocate; runs of them join into words).
        private static TextNode Text(char key) => new(key.ToString());

        private bool Peek(char c) => _pos < pattern.Length && pattern[_pos] == c;

        private bool Starts(string s) => pattern.AsSpan(_pos).StartsWith(s, StringComparison.Ordinal);
    }
}
