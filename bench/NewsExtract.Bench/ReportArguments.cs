using System.Globalization;

namespace NewsExtract.Bench;

/// <summary>The arguments of a report switch (<c>--rule-costs</c>, <c>--stages</c>): at most one positive whole number.</summary>
internal static class ReportArguments
{
    /// <summary>The number given, or <paramref name="fallback"/> when none is; null (after the usage on stderr) when the arguments are not one positive whole number.</summary>
    public static int? Count(IReadOnlyList<string> args, int fallback, string usage)
    {
        if (args.Count == 0)
        {
            return fallback;
        }

        if (args.Count == 1 && int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= 1)
        {
            return count;
        }

        Console.Error.WriteLine($"usage: {usage}");
        return null;
    }
}
