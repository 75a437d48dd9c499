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
            if (v.IsFreeWord(i) && Gendered(v.Word(i)) is var gender && gender != Gender.Unknown)
            {
                return gender;
            }
        }

        return Gender.Unknown;
    }

    private static Gender Gendered(ReadOnlySpan<char> word)
    {
        if (QuoteLexicon.NameTitles.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var title) && title != Gender.Unknown)
        {
            return title;
        }

        return QuoteLexicon.GivenNames.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var name) ? name : Gender.Unknown;
    }

    // An official's gender from a title before any mention ("Mr Okafor"), their role ("spokeswoman") or their given name.
    public static Gender Of(OfficialFact official, string text)
    {
        foreach (var mention in official.Mentions)
        {
            var gender = Gendered(FirstWord(mention.Text));
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
            foreach (var part in role.Split(' '))
            {
                if (QuoteLexicon.SpeakerNouns.TryGetValue(part.ToLowerInvariant(), out var noun) && noun.Gender != Gender.Unknown)
                {
                    return noun.Gender;
                }

                if (QuoteLexicon.NameTitles.TryGetValue(part, out var title) && title != Gender.Unknown)
                {
                    return title;
                }
            }
        }

        return QuoteLexicon.GivenNames.TryGetValue(FirstWord(official.Name).ToString(), out var given) ? given : Gender.Unknown;
    }

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

        return start < end ? Gendered(text.AsSpan(start, end - start)) : Gender.Unknown;
    }
}
