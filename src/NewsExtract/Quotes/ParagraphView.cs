using System.Runtime.InteropServices;
using NewsExtract.Officials;
using NewsExtract.Text;

namespace NewsExtract.Quotes;

/// <summary>
/// The tokens of one paragraph with what the quote rules ask of them: which tokens lie inside
/// quotation marks, where each token's sentence starts and ends, and word tests that do not allocate.
/// The lists are reused from paragraph to paragraph and article to article.
/// </summary>
internal sealed class ParagraphView
{
    [ThreadStatic]
    private static ParagraphView? t_reused;

    private readonly List<QuoteToken> _tokens = [];
    private bool[] _inQuote = [];
    private int[] _sentenceStart = [];
    private int[] _sentenceEnd = [];

    // Word list answers per token, looked up once on first use: the rules ask of the same token many times.
    private Looked[] _looked = [];
    private LexiconEntry[] _entries = [];
    private WordClass[] _lowerClasses = [];

    public ParagraphView(string text) => Text = text;

    public string Text { get; private set; }

    /// <summary>A view over an article's text that reuses this thread's buffers from the articles before.</summary>
    public static ParagraphView For(string text)
    {
        if (t_reused is not { } view)
        {
            return t_reused = new ParagraphView(text);
        }

        view.Text = text;
        return view;
    }

    public Paragraph Paragraph { get; private set; } = null!;

    public List<QuoteToken> Tokens => _tokens;

    public List<QuoteSegment> Segments { get; } = [];

    public int Count => _tokens.Count;

    public QuoteToken this[int index] => _tokens[index];

    public void Load(Paragraph paragraph)
    {
        Paragraph = paragraph;
        QuoteTokenizer.Tokenize(Text, paragraph.Span.Start, paragraph.Span.End, _tokens);
        QuoteMarks.Pair(Text, paragraph.Span.Start, paragraph.Span.End, CollectionsMarshal.AsSpan(_tokens), Segments);
        MarkQuoted();
        MarkSentences();
    }

    public ReadOnlySpan<char> Word(int index) => Text.AsSpan(_tokens[index].Start, _tokens[index].End - _tokens[index].Start);

    public string WordText(int index) => Text.Substring(_tokens[index].Start, _tokens[index].End - _tokens[index].Start);

    public bool InQuote(int index) => _inQuote[index];

    public bool IsKind(int index, TokenKind kind) => index >= 0 && index < _tokens.Count && _tokens[index].Kind == kind;

    /// <summary>A word outside quotation marks.</summary>
    public bool IsFreeWord(int index) => index >= 0 && index < _tokens.Count && _tokens[index].Kind == TokenKind.Word && !_inQuote[index];

    /// <summary>Punctuation outside quotation marks.</summary>
    public bool IsFree(int index, TokenKind kind) => IsKind(index, kind) && !_inQuote[index];

    public bool IsCapitalised(int index) => char.IsUpper(Text[_tokens[index].Start]);

    /// <summary>A word with a capital anywhere ("ex-Tory", "McAvoy", "BBC").</summary>
    public bool HasCapital(int index)
    {
        foreach (var c in Word(index))
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsPossessive(int index)
    {
        var word = Word(index);
        return word.Length > 2 && ((word[^2] is '\'' or '’' && word[^1] is 's' or 'S') || (word[^1] is '\'' or '’' && word[^2] is 's'));
    }

    /// <summary>The word without a possessive ending ("Okafor’s" -> "Okafor").</summary>
    public ReadOnlySpan<char> Bare(int index)
    {
        var word = Word(index);
        if (!IsPossessive(index))
        {
            return word;
        }

        return word[^1] is '\'' or '’' ? word[..^1] : word[..^2];
    }

    public bool WordIs(int index, string word) =>
        IsFreeWord(index) && Word(index).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the word as written is in the lists of <paramref name="wordClass"/>.</summary>
    public bool In(WordClass wordClass, int index) => (Entry(index).Classes & wordClass) != 0;

    /// <summary>The lemma of the token as a speech verb form ("said" -> "say"), or null.</summary>
    public string? VerbLemma(int index) => Entry(index).Lemma;

    /// <summary>
    /// Whether the word is in a list of lower-case words. A capitalised word counts only where a
    /// sentence starts ("But", "The"), so names such as "May" or "US" are never read as "may" or "us".
    /// </summary>
    public bool InLower(WordClass wordClass, int index) =>
        InLower(wordClass, index, anywhere: false);

    /// <summary>Like <see cref="InLower(WordClass, int)"/>, but a capitalised word counts anywhere.</summary>
    public bool InLower(WordClass wordClass, int index, bool anywhere)
    {
        if (char.IsLower(Text[_tokens[index].Start]))
        {
            return In(wordClass, index);
        }

        if (!(anywhere || index == SentenceStart(index) || IsKind(index - 1, TokenKind.OpenBracket)))
        {
            return false;
        }

        return (LowerClasses(index) & wordClass) != 0;
    }

    /// <summary>A lower-case particle inside a name ("van", "bin").</summary>
    public bool IsNameParticle(int index)
    {
        if ((_looked[index] & Looked.ParticleChecked) == 0)
        {
            _looked[index] |= OfficialLexicon.IsParticle(Word(index)) ? Looked.ParticleChecked | Looked.Particle : Looked.ParticleChecked;
        }

        return (_looked[index] & Looked.Particle) != 0;
    }

    private LexiconEntry Entry(int index)
    {
        if ((_looked[index] & Looked.AsWritten) == 0)
        {
            _entries[index] = QuoteLexicon.Entry(Word(index));
            _looked[index] |= Looked.AsWritten;
        }

        return _entries[index];
    }

    // The classes of a word that does not start lower-case, read in lower case ("The" as "the");
    // none for a word with a capital after its first letter ("US") or a very long one.
    private WordClass LowerClasses(int index)
    {
        if ((_looked[index] & Looked.LowerCase) == 0)
        {
            _lowerClasses[index] = LookUpLowerCase(Word(index));
            _looked[index] |= Looked.LowerCase;
        }

        return _lowerClasses[index];
    }

    private static WordClass LookUpLowerCase(ReadOnlySpan<char> word)
    {
        if (word.Length > 32)
        {
            return WordClass.None;
        }

        for (var i = 1; i < word.Length; i++)
        {
            if (char.IsUpper(word[i]))
            {
                return WordClass.None;
            }
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return QuoteLexicon.Entry(lower).Classes;
    }

    /// <summary>First token of the sentence that holds <paramref name="index"/> (stops inside quotations do not count).</summary>
    public int SentenceStart(int index) => _sentenceStart[index];

    /// <summary>The stop token that ends the sentence of <paramref name="index"/>, or <see cref="Count"/>.</summary>
    public int SentenceEnd(int index) => _sentenceEnd[index];

    /// <summary>The segment that contains token <paramref name="index"/>, or null.</summary>
    public QuoteSegment? SegmentAt(int index)
    {
        // Segments are in token order and do not overlap.
        var (lo, hi) = (0, Segments.Count - 1);
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var segment = Segments[mid];
            if (index < segment.FirstToken)
            {
                hi = mid - 1;
            }
            else if (index >= segment.EndToken)
            {
                lo = mid + 1;
            }
            else
            {
                return segment;
            }
        }

        return null;
    }

    /// <summary>The full stop of an abbreviation ("Mr.", "J."): part of a name, not punctuation.</summary>
    public bool IsAbbreviationStop(int index) =>
        IsKind(index, TokenKind.Stop) && !_inQuote[index] && index > 0 && index < _tokens.Count && !IsSentenceStop(index)
        && _tokens[index - 1].Kind == TokenKind.Word && _tokens[index - 1].End == _tokens[index].Start;

    private void MarkQuoted()
    {
        var count = _tokens.Count;
        if (_inQuote.Length < count || (_inQuote.Length > ReusedBuffer.KeptItems && count <= ReusedBuffer.KeptItems))
        {
            // Grown by doubling; cut back to size after a huge paragraph (ReusedBuffer).
            _inQuote = new bool[_inQuote.Length < count ? Math.Max(count, _inQuote.Length * 2) : count];
            _sentenceStart = new int[_inQuote.Length];
            _sentenceEnd = new int[_inQuote.Length];
            _looked = new Looked[_inQuote.Length];
            _entries = new LexiconEntry[_inQuote.Length];
            _lowerClasses = new WordClass[_inQuote.Length];
        }

        Array.Clear(_inQuote, 0, count);
        Array.Clear(_looked, 0, count);
        foreach (var segment in Segments)
        {
            for (var i = segment.FirstToken; i < segment.EndToken; i++)
            {
                _inQuote[i] = true;
            }
        }
    }

    private void MarkSentences()
    {
        // Forwards, each stop noted once (as its own sentence end); backwards, the ends carried to the tokens before them.
        var start = 0;
        var tokens = CollectionsMarshal.AsSpan(_tokens);
        var starts = _sentenceStart.AsSpan(0, tokens.Length);
        var ends = _sentenceEnd.AsSpan(0, tokens.Length);
        for (var i = 0; i < tokens.Length; i++)
        {
            starts[i] = start;

            // Only a stop or a double mark can end a sentence: words and other marks skip the test.
            if (tokens[i].Kind is TokenKind.Stop or TokenKind.DoubleMark && IsSentenceStop(i))
            {
                start = i + 1;
                ends[i] = i;
            }
            else
            {
                ends[i] = -1;
            }
        }

        var end = tokens.Length;
        for (var i = tokens.Length - 1; i >= 0; i--)
        {
            if (ends[i] == i)
            {
                end = i;
            }

            ends[i] = end;
        }
    }

    // A full stop after "Mr" or an initial does not end a sentence; nor does one inside a quotation.
    private bool IsSentenceStop(int index)
    {
        // `... Downing Street." He said`: a closing mark after a full stop, before a capital, ends the sentence.
        if (_tokens[index].Kind == TokenKind.DoubleMark && !_inQuote[index] && index > 0 && _inQuote[index - 1]
            && _tokens[index - 1].Kind == TokenKind.Stop && index + 1 < _tokens.Count && _tokens[index + 1].Kind == TokenKind.Word
            && char.IsUpper(Text[_tokens[index + 1].Start]))
        {
            return true;
        }

        if (_tokens[index].Kind != TokenKind.Stop || _inQuote[index])
        {
            return false;
        }

        if (index > 0 && Text[_tokens[index].Start] == '.' && _tokens[index - 1].Kind == TokenKind.Word
            && _tokens[index - 1].End == _tokens[index].Start)
        {
            var word = Word(index - 1);
            return !((word.Length == 1 && char.IsUpper(word[0])) || In(WordClass.Abbreviation, index - 1));
        }

        return true;
    }

    [Flags]
    private enum Looked : byte
    {
        None = 0,
        AsWritten = 1,
        LowerCase = 2,
        ParticleChecked = 4,
        Particle = 8,
    }
}
