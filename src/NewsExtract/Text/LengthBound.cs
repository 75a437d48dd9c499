using System.Globalization;

namespace NewsExtract.Text;

/// <summary>
/// An upper bound on a match's length: a constant plus so many times the longest run of white
/// space, of number characters (digits, ',' and '.') and of word characters in the text matched. A
/// repeat without end ("\s+", "\d+", "[a-z]+") can only match inside one such run, so a pattern made
/// of them and bounded pieces has a bound once the text's runs are known (<see cref="TextRuns"/>).
/// </summary>
internal readonly record struct LengthBound(int Constant, int Space, int Number, int Word)
{
    public static LengthBound operator +(LengthBound a, LengthBound b) =>
        new(a.Constant + b.Constant, a.Space + b.Space, a.Number + b.Number, a.Word + b.Word);

    public static LengthBound operator *(LengthBound a, int times) =>
        new(Times(a.Constant, times), Times(a.Space, times), Times(a.Number, times), Times(a.Word, times));

    /// <summary>A bound on both (each part the larger), for either of two patterns.</summary>
    public static LengthBound Max(LengthBound a, LengthBound b) =>
        new(Math.Max(a.Constant, b.Constant), Math.Max(a.Space, b.Space), Math.Max(a.Number, b.Number), Math.Max(a.Word, b.Word));

    /// <summary>The bound in a text whose longest runs are <paramref name="runs"/>.</summary>
    public long In(TextRuns runs) => Constant + ((long)Space * runs.Space) + ((long)Number * runs.Number) + ((long)Word * runs.Word);

    /// <summary>The bound as saved in a scan index: "12+2s+1n+0w".</summary>
    public override string ToString() => FormattableString.Invariant($"{Constant}+{Space}s+{Number}n+{Word}w");

    /// <summary>Reads <see cref="ToString"/>'s form; null when it is not that.</summary>
    public static LengthBound? Parse(string text)
    {
        var parts = text.Split('+');
        if (parts.Length != 4 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var constant)
            || !Part(parts[1], 's', out var space) || !Part(parts[2], 'n', out var number) || !Part(parts[3], 'w', out var word))
        {
            return null;
        }

        return new LengthBound(constant, space, number, word);
    }

    private static bool Part(string part, char unit, out int value)
    {
        value = 0;
        return part.Length > 1 && part[^1] == unit && int.TryParse(part.AsSpan(0, part.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    // Saturates instead of overflowing; the analysis gives up on bounds this large anyway.
    private static int Times(int value, int times) => (int)Math.Min((long)value * times, int.MaxValue / 8);
}

/// <summary>The longest runs of white space, number characters and word characters in one text.</summary>
internal readonly record struct TextRuns(int Space, int Number, int Word);
