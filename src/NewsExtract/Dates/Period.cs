using System.Globalization;

namespace NewsExtract.Dates;

/// <summary>How fine a calendar period is, finest first.</summary>
internal enum Granularity
{
    Day,
    Weekend,
    Week,
    Month,
    Season,
    Quarter,
    Half,
    Year,
    Decade,
    Century,
}

/// <summary>
/// A calendar period (a day, an ISO week, a month, a quarter, a year, a decade, ...) identified by
/// its first day, with the arithmetic the resolver needs and its TIMEX3 value.
/// </summary>
internal readonly record struct Period(Granularity Granularity, DateOnly Start)
{
    /// <summary>The first day after the period.</summary>
    public DateOnly End => Granularity switch
    {
        Granularity.Day => Start.AddDays(1),
        Granularity.Weekend => Start.AddDays(2),
        Granularity.Week => Start.AddDays(7),
        Granularity.Month => Start.AddMonths(1),
        Granularity.Season or Granularity.Quarter => Start.AddMonths(3),
        Granularity.Half => Start.AddMonths(6),
        Granularity.Year => Start.AddYears(1),
        Granularity.Decade => Start.AddYears(10),
        _ => Start.AddYears(100),
    };

    /// <summary>The period of granularity <paramref name="granularity"/> that contains <paramref name="day"/>.</summary>
    public static Period Of(Granularity granularity, DateOnly day)
    {
        var start = granularity switch
        {
            Granularity.Day => day,
            Granularity.Weekend => Monday(day).AddDays(5),
            Granularity.Week => Monday(day),
            Granularity.Month => new DateOnly(day.Year, day.Month, 1),
            // Seasons by meteorological months: spring Mar-May, summer Jun-Aug, fall Sep-Nov, winter Dec-Feb.
            Granularity.Season => new DateOnly(day.Year, 1, 1).AddMonths((day.Month - 3 + 12) % 12 / 3 * 3 + 2).AddYears(day.Month < 3 ? -1 : 0),
            Granularity.Quarter => new DateOnly(day.Year, (day.Month - 1) / 3 * 3 + 1, 1),
            Granularity.Half => new DateOnly(day.Year, day.Month <= 6 ? 1 : 7, 1),
            Granularity.Year => new DateOnly(day.Year, 1, 1),
            Granularity.Decade => new DateOnly(Math.Max(1, day.Year / 10 * 10), 1, 1),
            _ => new DateOnly(Math.Max(1, day.Year / 100 * 100), 1, 1),
        };
        return new Period(granularity, start);
    }

    /// <summary>
    /// The period of the same granularity <paramref name="count"/> units of <paramref name="unit"/> away
    /// ("a year before 1989-Q3" is 1988-Q3), or null when that leaves the calendar (years 1 to 9999).
    /// </summary>
    /// <param name="count">At most a few million in size, so that counts of decades or centuries do not overflow.</param>
    public Period? Shift(Granularity unit, int count)
    {
        try
        {
            var moved = unit switch
            {
                Granularity.Day => Start.AddDays(count),
                Granularity.Weekend or Granularity.Week => Start.AddDays(7 * count),
                Granularity.Month => Start.AddMonths(count),
                Granularity.Season or Granularity.Quarter => Start.AddMonths(3 * count),
                Granularity.Half => Start.AddMonths(6 * count),
                Granularity.Year => Start.AddYears(count),
                Granularity.Decade => Start.AddYears(10 * count),
                _ => Start.AddYears(100 * count),
            };
            return Of(Granularity, moved);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>The period of a coarser (or the same) granularity that contains this one; null for a finer one.</summary>
    public Period? Coarsen(Granularity granularity) =>
        granularity >= Granularity ? Of(granularity, Start)
            : null;

    public bool Contains(DateOnly day) => Start <= day && day < End;

    /// <summary>The TIMEX3 value: 1998-08-07, 1998-W32, 1998-W32-WE, 1998-08, 1998-SU, 1998-Q3, 1998-H2, 1998, 199, 19.</summary>
    public string ToTimex() => Granularity switch
    {
        Granularity.Day => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Granularity.Weekend => Week(Start) + "-WE",
        Granularity.Week => Week(Start),
        Granularity.Month => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        Granularity.Season => Year(Start.Year) + "-" + (Start.Month switch { 3 => "SP", 6 => "SU", 9 => "FA", _ => "WI" }),
        Granularity.Quarter => Year(Start.Year) + "-Q" + ((Start.Month + 2) / 3).ToString(CultureInfo.InvariantCulture),
        Granularity.Half => Year(Start.Year) + "-H" + (Start.Month <= 6 ? "1" : "2"),
        Granularity.Year => Year(Start.Year),
        Granularity.Decade => Year(Start.Year)[..3],
        _ => Year(Start.Year)[..2],
    };

    private static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    private static string Week(DateOnly day)
    {
        var date = day.ToDateTime(TimeOnly.MinValue);
        return Year(ISOWeek.GetYear(date)) + "-W" + ISOWeek.GetWeekOfYear(date).ToString("D2", CultureInfo.InvariantCulture);
    }

    private static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
