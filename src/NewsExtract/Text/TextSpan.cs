namespace NewsExtract.Text;

/// <summary>A half-open range of UTF-16 indices into <see cref="Article.Text"/>.</summary>
/// <remarks>Extractors work in UTF-16 indices; the output layer converts them to code points.</remarks>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public bool Contains(TextSpan other) => Start <= other.Start && other.End <= End;

    public bool Contains(int index) => Start <= index && index < End;
}
