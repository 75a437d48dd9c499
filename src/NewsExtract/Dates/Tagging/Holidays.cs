namespace NewsExtract.Dates.Tagging;

/// <summary>Computes the date of a holiday rule from dates_holidays.txt in a given year.</summary>
internal static class Holidays
{
    /// <summary>"12-25", "11-D4-4" (fourth Thursday of November), "05-D1-L" (last Monday of May), "E-2" (Easter - 2 days).</summary>
    public static DateOnly On(string rule, int year)
    {
        if (rule[0] == 'E')
        {
            return Easter(year).AddDays(int.Parse(rule.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture));
        }

        var parts = rule.Split('-');
        var month = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
        if (parts.Length == 2)
        {
            return new DateOnly(year, month, int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
        }

        var weekday = parts[1][1] - '0';
        if (parts[2] == "L")
        {
            var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
            return last.AddDays(-((IsoDay(last) - weekday + 7) % 7));
        }

        var first = new DateOnly(year, month, 1);
        var offset = (weekday - IsoDay(first) + 7) % 7;
        return first.AddDays(offset + 7 * (int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture) - 1));
    }

    /// <summary>The month of a holiday (for choosing its year before the date is known).</summary>
    public static int MonthOf(string rule) => rule[0] == 'E' ? 4 : int.Parse(rule.AsSpan(0, 2), System.Globalization.CultureInfo.InvariantCulture);

    public static int IsoDay(DateOnly date) => date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek;

    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    private static DateOnly Easter(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }
}
