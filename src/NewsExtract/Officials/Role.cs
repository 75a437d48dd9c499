namespace NewsExtract.Officials;

/// <summary>A person's role as one passage words it: title without the affiliation, and the affiliation.</summary>
internal readonly record struct Role(string? Title, string? Affiliation)
{
    public static Role None => default;

    public bool IsEmpty => Title is null && Affiliation is null;
}
