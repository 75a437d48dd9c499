namespace NewsExtract;

/// <summary>The kinds of facts an extraction run produces.</summary>
[Flags]
public enum FactKinds
{
    None = 0,
    Dates = 1,
    Counts = 2,
    Officials = 4,
    Quotes = 8,
    All = Dates | Counts | Officials | Quotes,
}
