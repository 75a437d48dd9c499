using System.Text;
using AngleSharp.Dom;

namespace NewsExtract.Html;

/// <summary>
/// The readable layout of a page: its elements in document order (with their parents), the text
/// blocks they hold and the figure captions, kept apart. Built in one pass without recursion, so
/// deeply nested hostile pages cost linear time and no stack.
/// </summary>
internal sealed class PageLayout
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "blockquote", "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "hr", "li", "main", "ol", "p", "pre", "section", "summary",
        "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "body", "html",
    };

    private readonly StringBuilder _text = new();
    private readonly List<int> _openBlocks = [];
    private int _linkLength;
    private int _linkDepth;
    private bool _pendingSpace;

    private PageLayout()
    {
    }

    public List<IElement> Elements { get; } = [];

    /// <summary>Index of each element's parent in <see cref="Elements"/>, -1 for the root.</summary>
    public List<int> Parents { get; } = [];

    public List<TextBlock> Blocks { get; } = [];

    public List<string> Captions { get; } = [];

    public static PageLayout Of(IElement root)
    {
        var layout = new PageLayout();
        layout.Walk(root);
        return layout;
    }

    private void Walk(IElement root)
    {
        // Entries are nodes to enter, or (null, element index) to leave a block or link.
        var pending = new Stack<(INode? Node, int Index, int Parent)>();
        pending.Push((root, -1, -1));
        while (pending.Count > 0)
        {
            var (node, index, parent) = pending.Pop();
            if (node is null)
            {
                Leave(index);
                continue;
            }

            if (node is IText text)
            {
                AppendText(text.Data);
                continue;
            }

            if (node is not IElement element || HtmlHints.IsChromeTag(element) || HtmlHints.IsHidden(element))
            {
                continue;
            }

            var name = element.LocalName;
            if (name is "figure" or "figcaption" or "picture")
            {
                // A caption is not article text: kept apart, so it is never counted twice.
                Flush();
                AddCaptions(element);
                continue;
            }

            if (name == "br")
            {
                Flush();
                continue;
            }

            var self = Elements.Count;
            Elements.Add(element);
            Parents.Add(parent);
            var isBlock = BlockTags.Contains(name);
            var isLink = name == "a";
            if (isBlock)
            {
                Flush();
                _openBlocks.Add(self);
            }

            if (isLink)
            {
                _linkDepth++;
            }

            if (isBlock || isLink)
            {
                pending.Push((null, isBlock ? self : -2 - self, parent));
            }

            // By index: AngleSharp's PreviousSibling searches the parent's list, quadratic on wide elements.
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                pending.Push((children[i], -1, self));
            }
        }

        Flush();
    }

    private void Leave(int index)
    {
        if (index >= 0)
        {
            Flush();
            _openBlocks.RemoveAt(_openBlocks.Count - 1);
        }
        else
        {
            _linkDepth--;
        }
    }

    private void AddCaptions(IElement element)
    {
        var captions = element.LocalName == "figcaption" ? [element] : element.QuerySelectorAll("figcaption").ToList();
        foreach (var caption in captions)
        {
            var text = Collapse(caption.TextContent);
            if (text.Length > 0)
            {
                Captions.Add(text);
            }
        }
    }

    private void AppendText(string data)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                _pendingSpace = _text.Length > 0;
                continue;
            }

            if (_pendingSpace)
            {
                _text.Append(' ');
                _linkLength += _linkDepth > 0 ? 1 : 0;
                _pendingSpace = false;
            }

            _text.Append(c);
            _linkLength += _linkDepth > 0 ? 1 : 0;
        }
    }

    private void Flush()
    {
        _pendingSpace = false;
        if (_text.Length == 0)
        {
            return;
        }

        var owner = _openBlocks.Count > 0 ? _openBlocks[^1] : 0;
        var heading = Elements[owner].LocalName is ['h', >= '1' and <= '6'] tag ? tag[1] - '0' : 0;
        Blocks.Add(new TextBlock(_text.ToString(), Math.Min(_linkLength, _text.Length), owner, heading));
        _text.Clear();
        _linkLength = 0;
    }

    internal static string Collapse(string content)
    {
        var builder = new StringBuilder(content.Length);
        var pendingSpace = false;
        foreach (var c in content)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
