namespace NewsExtract.Text;

/// <summary>
/// The match timeout every regex built at run time gets, so no input can make a pattern run away:
/// a match that takes longer throws, and the article becomes an error record instead of a hang.
/// </summary>
internal static class RegexLimits
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);
}
