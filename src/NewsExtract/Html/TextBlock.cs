namespace NewsExtract.Html;

/// <summary>
/// One paragraph of a page as a reader sees it: the text between two block boundaries.
/// </summary>
/// <param name="Text">The text, white space collapsed.</param>
/// <param name="LinkLength">How many of its characters are link text.</param>
/// <param name="Owner">Index of the innermost block element holding it, in <see cref="PageLayout.Elements"/>.</param>
/// <param name="IsHeading">Whether it is a heading (h1-h6).</param>
internal sealed record TextBlock(string Text, int LinkLength, int Owner, bool IsHeading)
{
    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkLength / Text.Length;
}
