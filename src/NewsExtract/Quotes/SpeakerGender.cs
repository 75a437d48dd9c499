using NewsExtract.Officials;

namespace NewsExtract.Quotes;

/// <summary>
/// What gender, if any, the words show for a speaker: a title ("Mr", "Lady"), a role ("spokeswoman")
/// or a given name. He and she are resolved only to people whose gender fits or is unknown.
/// </summary>
internal static class SpeakerGender
{
    /// <summary>The gender a phrase's title or given name shows ("Mr", "Ms", "Anna").</summary>
    public static Gender Of(ParagraphView v, SpeakerPhrase phrase)
    {
        for (var i = phrase.First; i < phrase.CoreEnd; i++)
        {
            // A given name shows a gender only before a surname: a lone "Lindsay" or "Arnold" may be a surname.
            var beforeSurname = i + 1 < phrase.CoreEnd && v.IsFreeWord(i + 1) && v.HasCapital(i + 1);
            if (v.IsFreeWord(i) && Gendered(v.Word(i), beforeSurname) is var gender && gender != Gender.Unknown)
            {
                return gender;
            }
        }

        return Gender.Unknown;
    }

    private static Gender Gendered(ReadOnlySpan<char> word, bool givenName)
    {
        if (QuoteLexicon.TryNameTitle(word, out var title) && title != Gender.Unknown)
        {
            return title;
        }

        return givenName && QuoteLexicon.TryGivenName(word, out var name) ? name : Gender.Unknown;
    }

    // An official's gender from a title before any mention ("Mr Okafor"), their role ("spokeswoman") or their given name.
    public static Gender Of(OfficialFact official, string text)
    {
        // By index: a foreach over the interface would box an enumerator for every official.
        for (var m = 0; m < official.Mentions.Count; m++)
        {
            var mention = official.Mentions[m];
            var gender = Gendered(FirstWord(mention.Text), HasSurname(mention.Text));
            if (gender == Gender.Unknown)
            {
                gender = TitleBefore(text, mention.Span.Start);
            }

            if (gender != Gender.Unknown)
            {
                return gender;
            }
        }

        if (official.Title is { } role)
        {
            // Word by word, lower-cased into a buffer: every official of every article passes here.
            Span<char> buffer = stackalloc char[64];
            foreach (var range in role.AsSpan().Split(' '))
            {
                var part = role.AsSpan()[range];
                var lower = part.Length <= buffer.Length ? buffer[..part.Length] : new char[part.Length];
                part.ToLowerInvariant(lower);
                if (QuoteLexicon.SpeakerNounLookup.TryGetValue(lower, out var noun) && noun.Gender != Gender.Unknown)
                {
                    return noun.Gender;
                }

                if (QuoteLexicon.TryNameTitle(part, out var title) && title != Gender.Unknown)
                {
                    return title;
                }
            }
        }

        return HasSurname(official.Name) && QuoteLexicon.TryGivenName(FirstWord(official.Name), out var given) ? given : Gender.Unknown;
    }

    // "Maurice Lindsay" has a given name before its surname; "Lindsay" alone may be either.
    private static bool HasSurname(string name) => name.AsSpan().Trim().Contains(' ');

    private static ReadOnlySpan<char> FirstWord(string text)
    {
        var span = text.AsSpan().Trim();
        var space = span.IndexOf(' ');
        return space < 0 ? span : span[..space];
    }

    private static Gender TitleBefore(string text, int index)
    {
        var end = index;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }

        return start < end ? Gendered(text.AsSpan(start, end - start), givenName: false) : Gender.Unknown;
    }
}
