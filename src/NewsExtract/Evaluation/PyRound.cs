using System.Numerics;

namespace NewsExtract.Evaluation;

/// <summary>
/// Python's round(x, n): the exact binary value rounded half-to-even to n decimals. Math.Round scales
/// by 10^n in floating point first, which can tip a near-half the other way, so it is not used.
/// </summary>
internal static class PyRound
{
    public static double Round(double value, int decimals)
    {
        if (!double.IsFinite(value) || value == 0)
        {
            return value;
        }

        var bits = BitConverter.DoubleToInt64Bits(value);
        var negative = bits < 0;
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0)
        {
            exponent = 1;
        }
        else
        {
            mantissa |= 1L << 52;
        }

        exponent -= 1075; // |value| = mantissa * 2^exponent
        var scale = BigInteger.Pow(10, decimals);
        BigInteger rounded;
        if (exponent >= 0)
        {
            rounded = (mantissa * BigInteger.Pow(2, exponent)) * scale;
        }
        else
        {
            var numerator = mantissa * scale;
            var denominator = BigInteger.Pow(2, -exponent);
            rounded = BigInteger.DivRem(numerator, denominator, out var remainder);
            var twice = remainder * 2;
            if (twice > denominator || (twice == denominator && !rounded.IsEven))
            {
                rounded += 1;
            }
        }

        // The nearest double to rounded / 10^n, as Python's strtod gives.
        var result = (double)rounded / (double)scale;
        return negative ? -result : result;
    }
}
