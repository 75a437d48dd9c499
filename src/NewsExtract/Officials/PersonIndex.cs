namespace NewsExtract.Officials;

/// <summary>
/// The persons of one article, looked up by the first three letters of the surname (a spelling
/// variant keeps them) and by given name, so that linking stays linear in the number of names.
/// Each list keeps the persons in the order they were introduced.
/// </summary>
internal sealed class PersonIndex
{
    private const int KeyLength = 3;
    private readonly Dictionary<string, List<PersonCluster>> _bySurname = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<PersonCluster>> _byGiven = new(StringComparer.Ordinal);

    public List<PersonCluster> All { get; } = [];

    public int Count => All.Count;

    public void Add(PersonCluster person)
    {
        All.Add(person);
        Append(_bySurname, Key(person.Surname), person);
        if (person.Given is { } given)
        {
            Append(_byGiven, given, person);
        }
    }

    /// <summary>Records a given name that a fuller form of the name brought ("Mr Pellow", then "Gareth Pellow").</summary>
    public void GivenChanged(PersonCluster person, string? before)
    {
        if (person.Given is not { } given || string.Equals(given, before, StringComparison.Ordinal))
        {
            return;
        }

        if (before is not null && _byGiven.TryGetValue(before, out var old))
        {
            old.Remove(person);
        }

        Append(_byGiven, given, person);
    }

    /// <summary>The persons whose surname may be <paramref name="surname"/> or a spelling variant of it.</summary>
    public IReadOnlyList<PersonCluster> BySurname(ReadOnlySpan<char> surname) =>
        _bySurname.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(surname.Length > KeyLength ? surname[..KeyLength] : surname, out var list)
            ? list
            : [];

    public IReadOnlyList<PersonCluster> ByGiven(ReadOnlySpan<char> given) =>
        _byGiven.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(given, out var list) ? list : [];

    private static string Key(string surname) => surname.Length > KeyLength ? surname[..KeyLength] : surname;

    private static void Append(Dictionary<string, List<PersonCluster>> map, string key, PersonCluster person)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        list.Add(person);
    }
}
