namespace NewsExtract.Officials;

/// <summary>Decides whether two forms of a name can be the same person's.</summary>
internal static class NameMatcher
{
    /// <summary>
    /// True when <paramref name="words"/> (a full name of two or more words) fits the person: the same
    /// surname (or a one-letter spelling variant, "Petrenkiy"/"Petrenkyy") and no clash of given names.
    /// </summary>
    public static bool FullNameFits(PersonCluster person, string[] words)
    {
        if (!SameSurname(person.Surname, Surname(words)))
        {
            // "Maria Holmgren" is the tail of "Clara Maria Holmgren".
            return IsTail(words, person.Words);
        }

        if (person.Words.Length == 1)
        {
            return true; // only a surname known so far ("Mr Pellow", then "Gareth Pellow").
        }

        return CompatibleGiven(person.Words[0], words[0]) || IsTail(words, person.Words) || IsTail(person.Words, words);
    }

    /// <summary>The last word of a name that is not a suffix: "Bishop" in "Anna Maria Bishop Jnr".</summary>
    public static string Surname(string[] words) =>
        words.Length > 1 && OfficialLexicon.IsNameSuffix(words[^1]) ? words[^2] : words[^1];

    public static bool SameSurname(ReadOnlySpan<char> a, ReadOnlySpan<char> b) => a.SequenceEqual(b) || IsSpellingVariant(a, b);

    /// <summary>One substitution, insertion or deletion apart, in long names with the same opening.</summary>
    public static bool IsSpellingVariant(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length < 6 || b.Length < 6 || Math.Abs(a.Length - b.Length) > 1 || a[0] != b[0] || a[1] != b[1] || a[2] != b[2])
        {
            return false;
        }

        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        if (i == a.Length && i == b.Length)
        {
            return false;
        }

        if (a.Length == b.Length)
        {
            return a[(i + 1)..].SequenceEqual(b[(i + 1)..]);
        }

        return a.Length > b.Length ? a[(i + 1)..].SequenceEqual(b[i..]) : a[i..].SequenceEqual(b[(i + 1)..]);
    }

    private static bool CompatibleGiven(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return true;
        }

        // An initial matches its name: "J. Smith" and "John Smith"; a short form its long one: "Tony"/"Anthony" is not tried.
        var ta = a.TrimEnd('.');
        var tb = b.TrimEnd('.');
        return (ta.Length == 1 && tb.StartsWith(ta, StringComparison.Ordinal)) || (tb.Length == 1 && ta.StartsWith(tb, StringComparison.Ordinal));
    }

    private static bool IsTail(string[] shorter, string[] longer)
    {
        if (shorter.Length >= longer.Length)
        {
            return false;
        }

        for (var i = 1; i <= shorter.Length; i++)
        {
            // Particles change case at the start of a short form: "Van der Molen" for "Pieter van der Molen".
            if (!string.Equals(shorter[^i], longer[^i], StringComparison.Ordinal) && !(i == 1 && IsSpellingVariant(shorter[^i], longer[^i]))
                && !(OfficialLexicon.IsParticle(longer[^i]) && string.Equals(shorter[^i], longer[^i], StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }
        }

        return true;
    }
}
