using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsExtract.Text;

/// <summary>
/// Runs of ASCII letters and digits, skipped eight characters at a time: most of a word is nothing
/// else, so tokenizers jump over them and look character by character only at the rest. (Words are
/// short: a search built for long spans costs more here than it saves.)
/// </summary>
internal static class AsciiRuns
{
    /// <summary>The first position at or after <paramref name="start"/> that is not an ASCII letter or digit, or the span's length.</summary>
    public static int End(ReadOnlySpan<char> text, int start)
    {
        var j = start;
        if (Vector128.IsHardwareAccelerated)
        {
            while (j + Vector128<ushort>.Count <= text.Length)
            {
                var run = LettersOrDigits(text, j);
                j += run;
                if (run < Vector128<ushort>.Count)
                {
                    return j;
                }
            }
        }

        while (j < text.Length && char.IsAsciiLetterOrDigit(text[j]))
        {
            j++;
        }

        return j;
    }

    // How many of the eight characters from start are ASCII letters or digits, one after another.
    private static int LettersOrDigits(ReadOnlySpan<char> text, int start)
    {
        var chars = Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text)), (nuint)start);

        // Unsigned: anything below the range wraps round to a large number.
        var letters = Vector128.LessThanOrEqual((chars | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)('z' - 'a')));
        var digits = Vector128.LessThanOrEqual(chars - Vector128.Create((ushort)'0'), Vector128.Create((ushort)9));
        var others = ~(letters | digits).ExtractMostSignificantBits() & 0xFF;
        return BitOperations.TrailingZeroCount(others | 0x100);
    }
}
