namespace NewsExtract.Officials;

/// <summary>
/// The persons of one article, looked up by the first three letters of the surname (a spelling
/// variant keeps them) and by given name, so that linking stays linear in the number of names.
/// Each list keeps the persons in the order they were introduced. Full names are also looked up by
/// their other words (<see cref="ByFullName"/>): thousands of people who share a surname in one
/// article would otherwise make every full name meet every one of them.
/// </summary>
internal sealed class PersonIndex
{
    private const int KeyLength = 3;
    private readonly Dictionary<string, List<PersonCluster>> _bySurname = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<PersonCluster>> _byGiven = new(StringComparer.Ordinal);

    // Per surname key: persons known by one word, persons by each word but the last (upper case), by
    // an initial as first word, by the first letter of the first word, and persons whose words do not
    // all start with a letter (always offered).
    private readonly Dictionary<string, List<PersonCluster>> _oneWord = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Key, string Word), List<PersonCluster>> _byWord = [];
    private readonly Dictionary<(string Key, char Letter), List<PersonCluster>> _byInitial = [];
    private readonly Dictionary<(string Key, char Letter), List<PersonCluster>> _byFirstLetter = [];
    private readonly Dictionary<string, List<PersonCluster>> _unusual = new(StringComparer.Ordinal);
    private readonly Dictionary<PersonCluster, (int Order, string Key, string[] Indexed)> _entries = new(ReferenceEqualityComparer.Instance);

    // Made once: every bare name of the article is looked up by span, and making a lookup tests the comparer's type.
    private readonly Dictionary<string, List<PersonCluster>>.AlternateLookup<ReadOnlySpan<char>> _bySurnameLookup;
    private readonly Dictionary<string, List<PersonCluster>>.AlternateLookup<ReadOnlySpan<char>> _byGivenLookup;

    public PersonIndex()
    {
        _bySurnameLookup = _bySurname.GetAlternateLookup<ReadOnlySpan<char>>();
        _byGivenLookup = _byGiven.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public List<PersonCluster> All { get; } = [];

    public int Count => All.Count;

    public void Add(PersonCluster person)
    {
        var key = Key(person.Surname);
        _entries[person] = (All.Count, key, []);
        All.Add(person);
        Append(_bySurname, key, person);
        IndexFullName(person);
        if (person.Given is { } given)
        {
            Append(_byGiven, given, person);
        }
    }

    /// <summary>Records a given name that a fuller form of the name brought ("Mr Pellow", then "Gareth Pellow").</summary>
    public void GivenChanged(PersonCluster person, string? before)
    {
        IndexFullName(person); // the words grew: a fuller form was absorbed
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
        _bySurnameLookup.TryGetValue(surname.Length > KeyLength ? surname[..KeyLength] : surname, out var list)
            ? list
            : [];

    /// <summary>
    /// The persons of <see cref="BySurname"/> for the surname of <paramref name="words"/> (two or more)
    /// that <see cref="NameMatcher.FullNameFits"/> can accept, and maybe a few more, in the same order:
    /// a fit shares a given name or initial, or is known by one word, or one name is the tail of the
    /// other, so the two share a word that is not the last.
    /// </summary>
    public IReadOnlyList<PersonCluster> ByFullName(string[] words)
    {
        var key = Key(NameMatcher.Surname(words));
        if (!_bySurname.ContainsKey(key))
        {
            return []; // every index below is keyed as the surnames are
        }

        var found = new List<PersonCluster>();
        AddFrom(_oneWord, key, found);
        AddFrom(_unusual, key, found);
        for (var i = 0; i < words.Length - 1; i++)
        {
            if (!StartsWithLetter(words[i]))
            {
                return BySurname(NameMatcher.Surname(words)); // not modelled: every person of the surname
            }

            AddFrom(_byWord, (key, words[i].ToUpperInvariant()), found);
        }

        var given = words[0].TrimEnd('.');
        if (given.Length > 0)
        {
            AddFrom(_byInitial, (key, char.ToUpperInvariant(given[0])), found);
            if (given.Length == 1)
            {
                AddFrom(_byFirstLetter, (key, char.ToUpperInvariant(given[0])), found);
            }
        }

        if (found.Count > 1)
        {
            found.Sort((a, b) => _entries[a].Order.CompareTo(_entries[b].Order));
            found = found.Where((person, i) => i == 0 || !ReferenceEquals(person, found[i - 1])).ToList();
        }

        return found;
    }

    public IReadOnlyList<PersonCluster> ByGiven(ReadOnlySpan<char> given) =>
        _byGivenLookup.TryGetValue(given, out var list) ? list : [];

    // Indexes the person's words under the surname key it was added with (as BySurname does), once
    // per form of the name: only a fuller name changes them.
    private void IndexFullName(PersonCluster person)
    {
        var (order, key, indexed) = _entries[person];
        var words = person.Words;
        if (ReferenceEquals(words, indexed))
        {
            return;
        }

        _entries[person] = (order, key, words);
        if (words.Length < 2)
        {
            Append(_oneWord, key, person);
            return;
        }

        for (var i = 0; i < words.Length - 1; i++)
        {
            if (!StartsWithLetter(words[i]))
            {
                Append(_unusual, key, person);
                return;
            }

            Append(_byWord, (key, words[i].ToUpperInvariant()), person);
        }

        var given = words[0].TrimEnd('.');
        if (given.Length == 1)
        {
            Append(_byInitial, (key, char.ToUpperInvariant(given[0])), person);
        }

        Append(_byFirstLetter, (key, char.ToUpperInvariant(words[0][0])), person);
    }

    private static bool StartsWithLetter(string word) => word.Length > 0 && char.IsLetter(word[0]);

    private static void AddFrom<TKey>(Dictionary<TKey, List<PersonCluster>> map, TKey key, List<PersonCluster> found)
        where TKey : notnull
    {
        if (map.TryGetValue(key, out var list))
        {
            found.AddRange(list);
        }
    }

    private static string Key(string surname) => surname.Length > KeyLength ? surname[..KeyLength] : surname;

    private static void Append<TKey>(Dictionary<TKey, List<PersonCluster>> map, TKey key, PersonCluster person)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        list.Add(person);
    }
}
