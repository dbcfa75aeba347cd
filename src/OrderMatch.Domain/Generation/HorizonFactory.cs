using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Generation;

/// <summary>The first quarter of 2026: 13 weeks from Monday 5 January, Spring Festival and Qingming closed.</summary>
internal static class HorizonFactory
{
    public static readonly DateOnly QuarterStart = new(2026, 1, 5);

    /// <summary>2026 public holidays on training days: 春节 16–21 and 23 February, 清明 4 April.</summary>
    private static readonly DateOnly[] Holidays =
    [
        new(2026, 2, 16), new(2026, 2, 17), new(2026, 2, 18), new(2026, 2, 19), new(2026, 2, 20), new(2026, 2, 21),
        new(2026, 2, 23), new(2026, 4, 4),
    ];

    public static Horizon Create(int weeks)
    {
        var last = QuarterStart.AddDays((7 * weeks) - 1);
        return new Horizon
        {
            StartDate = QuarterStart,
            Weeks = weeks,
            Days = [Weekday.Mon, Weekday.Tue, Weekday.Wed, Weekday.Thu, Weekday.Fri, Weekday.Sat],
            Periods = ["AM", "PM", "EVE"],
            ClosedDates = [.. Holidays.Where(d => d <= last)],
        };
    }
}
