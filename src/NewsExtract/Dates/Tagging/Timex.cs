using System.Globalization;

namespace NewsExtract.Dates.Tagging;

/// <summary>Formats TIMEX3 values.</summary>
internal static class Timex
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", Invariant);

    public static string Month(int year, int month) => Year(year) + "-" + month.ToString("00", Invariant);

    public static string Year(int year) => year.ToString("0000", Invariant);

    public static string Week(DateOnly date)
    {
        var dateTime = date.ToDateTime(TimeOnly.MinValue);
        return Year(ISOWeek.GetYear(dateTime)) + "-W" + ISOWeek.GetWeekOfYear(dateTime).ToString("00", Invariant);
    }

    public static string Quarter(int year, int quarter) => Year(year) + "-Q" + quarter.ToString(Invariant);

    public static int QuarterOf(DateOnly date) => (date.Month + 2) / 3;

    public static string Clock(int hour, int minute) => "T" + hour.ToString("00", Invariant) + ":" + minute.ToString("00", Invariant);

    /// <summary>A period value: P3D, PT24H, PXY, P10Y for one decade.</summary>
    public static string Period(string unit, double? amount)
    {
        var (letter, clock, factor) = unit switch
        {
            "TS" => ("S", true, 1),
            "TM" => ("M", true, 1),
            "TH" => ("H", true, 1),
            "F" => ("W", false, 2),
            "DE" => ("Y", false, 10),
            "CE" => ("Y", false, 100),
            _ => (unit, false, 1),
        };
        var prefix = clock ? "PT" : "P";
        if (amount is null)
        {
            // An unknown number of decades or centuries keeps its own unit letter.
            return prefix + "X" + (unit is "DE" or "CE" ? unit : letter);
        }

        var n = amount.Value * factor;
        if (n != Math.Floor(n) && n > 1 && (letter is "Y" or "D" or "H" || (clock && letter == "M")))
        {
            // "two and a half years": P2Y6M; "an hour and a half": PT1H30M.
            var (part, partLetter, partClock) = letter switch
            {
                "Y" when !clock => ((n - Math.Floor(n)) * 12, "M", false),
                "D" => ((n - Math.Floor(n)) * 24, "H", true),
                "M" => ((n - Math.Floor(n)) * 60, "S", true),
                _ => ((n - Math.Floor(n)) * 60, "M", true),
            };
            var whole = Math.Floor(n).ToString(Invariant) + letter;
            var rest = Math.Round(part).ToString(Invariant) + partLetter;
            return prefix + whole + (partClock && !clock ? "T" : "") + rest;
        }

        if (n != Math.Floor(n))
        {
            // Half units: "half a year" is six months, "1.5 days" 36 hours.
            (var smaller, var times, var smallerClock) = letter switch
            {
                "Y" when !clock => ("M", 12, false),
                "M" when !clock => ("D", 30, false),
                "W" => ("D", 7, false),
                "D" => ("H", 24, true),
                "H" => ("M", 60, true),
                _ => (letter, 1, clock),
            };
            n *= times;
            letter = smaller;
            prefix = smallerClock ? "PT" : "P";
        }

        return prefix + Math.Round(n).ToString(Invariant) + letter;
    }
}
