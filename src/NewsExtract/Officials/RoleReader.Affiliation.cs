using System.Text;

namespace NewsExtract.Officials;

/// <summary>Affiliations: demonyms and parties ("Ukrainian", "Tory"), possessives ("BA's") and organisation names.</summary>
internal static partial class RoleReader
{
    /// <summary>The affiliation whose last token is <paramref name="last"/>: a demonym, party, possessive or organisation name.</summary>
    private static (string? Affiliation, int Start) AffiliationEndingAt(TokenView v, int last)
    {
        if (!v.IsCapitalised(last))
        {
            return (null, -1);
        }

        // Two-word demonyms and parties first: "Liberal Democrat", "South African".
        if (last > 0 && v.IsCapitalised(last - 1) && v.Adjacent(last - 1, last))
        {
            var pair = v.SliceSpan(last - 1, last);
            if (Known(pair) is { } known2)
            {
                return (known2, last - 1);
            }
        }

        // A country that ends an organisation's name is not the affiliation: "Bank of England governor".
        var inName = last > 1 && v.IsWord(last - 1) && v.Word(last - 1) is "of" && v.IsCapitalised(last - 2) && !v.IsFunction(last - 2);
        if (!inName && Known(v.Word(last)) is { } known && !(v[last].SentenceStart && v.IsFunction(last)))
        {
            return (known, last);
        }

        if (OfficialLexicon.IsHyphenAdjective(v.Word(last)) || OfficialLexicon.IsCalendarWord(v.Word(last)))
        {
            return (null, -1);
        }

        var start = last;
        while (start > 0 && v.IsCapitalised(start - 1) && v.Adjacent(start - 1, start) && !v.IsFunction(start - 1))
        {
            start--;
        }

        // "of" and "&" inside an organisation's name: "Bank of America".
        while (start > 1 && v.IsWord(start - 1) && v.Word(start - 1) is "of" or "&" or "and" && v.IsCapitalised(start - 2) && !v.IsFunction(start - 2) && v.Word(start - 2) is not ("Secretary" or "Minister"))
        {
            start -= 2;
            while (start > 0 && v.IsCapitalised(start - 1) && v.Adjacent(start - 1, start) && !v.IsFunction(start - 1))
            {
                start--;
            }
        }

        // Function words and adjectives open no organisation's name: "Four-time", "Dundee-based".
        while (start <= last && (v.IsFunction(start) || IsAdjective(v, start)))
        {
            start++;
        }

        // An honorific or a given name opens a person's name, not an organisation's: "Mr Quayle's".
        if (start > last || v.IsHonorific(start) || (start < last && v[last].Possessive && v.GivenName(start) != '\0'))
        {
            return (null, -1);
        }

        if (start == last && !IsPlausibleOneWordBody(v, start))
        {
            return (null, -1);
        }

        var text = v.Slice(start, last);
        return (Normalise(text), start);
    }

    /// <summary>An affiliation that opens an apposition ("BA's chief executive", "Tory co-chairman").</summary>
    private static (string? Affiliation, int Next) AffiliationStartingAt(TokenView v, int first)
    {
        if (!v.IsCapitalised(first))
        {
            return (null, first);
        }

        if (v.IsCapitalised(first + 1) && v.Adjacent(first, first + 1) && Known(v.SliceSpan(first, first + 1)) is { } known2)
        {
            return (known2, first + 2);
        }

        if (Known(v.Word(first)) is { } known)
        {
            return (known, first + 1);
        }

        // A possessive organisation: "BA's", "Vantor Group's".
        var end = first;
        while (!v[end].Possessive && v.IsCapitalised(end + 1) && v.Adjacent(end, end + 1))
        {
            end++;
        }

        if (v[end].Possessive && !OfficialLexicon.IsTitleWord(v.Word(first)) && !v.IsHonorific(first) && v.GivenName(first) == '\0')
        {
            return (Normalise(v.Slice(first, end)), end + 1);
        }

        if (OfficialLexicon.IsOrgWord(v.Word(end)) && !v[end].Possessive && end > first)
        {
            return (Normalise(v.Slice(first, end)), end + 1); // "Westcliff Traders Association said"
        }

        // "CBI director general", "Morecambe Guest House Society": a name of non-role words before a role or at the end.
        var last = first;
        while (last <= end && !OfficialLexicon.IsTitleWord(v.Word(last)) && !OfficialLexicon.IsNonName(v.Word(last)))
        {
            last++;
        }

        if (last > first)
        {
            var followedByRole = last <= end ? OfficialLexicon.IsTitleWord(v.Word(last)) : v.IsWord(end + 1) && OfficialLexicon.IsTitleWord(v.Word(end + 1));
            var endsWithOrganisation = last > end && OfficialLexicon.IsOrgWord(v.Word(end));
            if (followedByRole || endsWithOrganisation)
            {
                return (Normalise(v.Slice(first, last - 1)), last);
            }
        }

        return (null, first);
    }

    /// <summary>A run of capitalised words with "of", "&amp;", "and" inside: "Guild of Harbour Pilots".</summary>
    private static (string? Text, int Next) CapitalRun(TokenView v, int first)
    {
        // "lawyer for Mr Tovey": a person is no organisation.
        if (!v.IsCapitalised(first) || v.IsFunction(first) || v.IsHonorific(first))
        {
            return (null, first);
        }

        var end = first;
        while (true)
        {
            // A role or an honorific starts another phrase: "Defence Minister Lord Ashbury".
            if (!v[end].Possessive && v.IsCapitalised(end + 1) && v.Adjacent(end, end + 1) && !v.IsHonorific(end + 1)
                && !(OfficialLexicon.IsTitleHead(v.Word(end + 1)) && (v.IsHonorific(end + 2) || (v.IsCapitalised(end + 2) && v.Adjacent(end + 1, end + 2)))))
            {
                end++;
                continue;
            }

            if (!v[end].Possessive && v.IsWord(end + 1) && v.Word(end + 1) is "of" or "&" or "and" && v.IsCapitalised(end + 2) && !v.IsFunction(end + 2))
            {
                end += 2;
                continue;
            }

            break;
        }

        // "the Bank of Ireland in Cork": places and weekdays after the name are not part of it.
        return (Normalise(v.Slice(first, end)), end + 1);
    }

    private static string? Known(ReadOnlySpan<char> words) => OfficialLexicon.Party(words) ?? OfficialLexicon.Country(words);

    private static string Normalise(string text)
    {
        if (OfficialLexicon.Party(text) is { } party)
        {
            return party;
        }

        if (OfficialLexicon.Country(text) is { } country)
        {
            return country;
        }

        if (!text.Contains("  ", StringComparison.Ordinal) && !text.Contains('\u00A0'))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var part in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(part);
        }

        return builder.ToString();
    }
}
