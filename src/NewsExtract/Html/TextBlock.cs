namespace NewsExtract.Html;

/// <summary>
/// One paragraph of a page as a reader sees it: the text between two block boundaries.
/// </summary>
/// <param name="Text">The text, white space collapsed.</param>
/// <param name="LinkLength">How many of its characters are link text.</param>
/// <param name="Owner">Index of the innermost block element holding it, in <see cref="PageLayout.Elements"/>.</param>
/// <param name="HeadingLevel">1 to 6 for a heading (h1-h6), else 0.</param>
internal sealed record TextBlock(string Text, int LinkLength, int Owner, int HeadingLevel)
{
    public bool IsHeading => HeadingLevel > 0;

    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkLength / Text.Length;
}
