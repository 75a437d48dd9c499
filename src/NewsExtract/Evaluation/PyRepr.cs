using System.Globalization;
using System.Numerics;
using System.Text;

namespace NewsExtract.Evaluation;

/// <summary>
/// Python's repr() of strings and floats, so error lines and JSON figures read exactly as score.py
/// prints them and the two tools can be compared with diff.
/// </summary>
internal static class PyRepr
{
    public static string String(string value)
    {
        var quote = value.Contains('\'') && !value.Contains('"') ? '"' : '\'';
        var text = new StringBuilder(value.Length + 2).Append(quote);
        foreach (var rune in value.EnumerateRunes())
        {
            AppendRune(text, rune, quote);
        }

        return text.Append(quote).ToString();
    }

    /// <summary>float.__repr__: shortest round-trip digits, fixed notation for 1e-4 &lt;= |x| &lt; 1e16.</summary>
    public static string Float(double value)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }

        var (negative, digits, pointPosition) = ShortestDigits(value);
        var sign = negative ? "-" : string.Empty;
        if (pointPosition > -4 && pointPosition <= 16)
        {
            if (pointPosition <= 0)
            {
                return sign + "0." + new string('0', -pointPosition) + digits;
            }

            if (pointPosition >= digits.Length)
            {
                return sign + digits + new string('0', pointPosition - digits.Length) + ".0";
            }

            return sign + digits[..pointPosition] + "." + digits[pointPosition..];
        }

        var exponent = pointPosition - 1;
        var mantissa = digits.Length > 1 ? digits[..1] + "." + digits[1..] : digits;
        var exponentText = Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture);
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + exponentText;
    }

    /// <summary>A JSON integer literal as Python's int prints it ("-0" is 0).</summary>
    public static string Integer(string literal) =>
        BigInteger.Parse(literal, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);

    // .NET's "R" gives the same shortest digits as Python; only the layout differs.
    private static (bool Negative, string Digits, int PointPosition) ShortestDigits(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var negative = text.StartsWith('-');
        if (negative)
        {
            text = text[1..];
        }

        var exponent = 0;
        var e = text.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }

        var dot = text.IndexOf('.');
        var integerDigits = dot >= 0 ? dot : text.Length;
        var digits = text.Replace(".", string.Empty, StringComparison.Ordinal);
        var leadingZeros = digits.Length - digits.TrimStart('0').Length;
        digits = digits.Trim('0');
        if (digits.Length == 0)
        {
            return (negative, "0", 1);
        }

        return (negative, digits, integerDigits - leadingZeros + exponent);
    }

    private static void AppendRune(StringBuilder text, Rune rune, char quote)
    {
        var value = rune.Value;
        switch (value)
        {
            case '\\':
                text.Append(@"\\");
                return;
            case '\t':
                text.Append(@"\t");
                return;
            case '\n':
                text.Append(@"\n");
                return;
            case '\r':
                text.Append(@"\r");
                return;
        }

        if (value == quote)
        {
            text.Append('\\').Append(quote);
        }
        else if (value == ' ' || (value > ' ' && value < 0x7f) || (value > 0x7f && IsPrintable(rune)))
        {
            text.Append(rune.ToString());
        }
        else if (value <= 0xff)
        {
            text.Append(CultureInfo.InvariantCulture, $"\\x{value:x2}");
        }
        else if (value <= 0xffff)
        {
            text.Append(CultureInfo.InvariantCulture, $"\\u{value:x4}");
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"\\U{value:x8}");
        }
    }

    // str.isprintable: everything but control, format, surrogate, private-use, unassigned and separators.
    private static bool IsPrintable(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.SpaceSeparator => false,
        _ => true,
    };
}
