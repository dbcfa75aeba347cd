using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.ICalendar;

/// <summary>
/// The clock times of a day's periods, Asia/Shanghai local time. The usual periods have fixed times (AM 08:30–11:30,
/// PM 14:00–17:00, EVE 18:30–21:30); any other period name takes a three-hour block by its position in the horizon's
/// periods, from 08:30 on, four hours apart.
/// </summary>
public sealed class PeriodClock
{
    public const string TimeZoneId = "Asia/Shanghai";

    private static readonly Dictionary<string, (TimeOnly Start, TimeOnly End)> Known = new(StringComparer.Ordinal)
    {
        ["AM"] = (new TimeOnly(8, 30), new TimeOnly(11, 30)),
        ["PM"] = (new TimeOnly(14, 0), new TimeOnly(17, 0)),
        ["EVE"] = (new TimeOnly(18, 30), new TimeOnly(21, 30)),
    };

    private readonly IReadOnlyList<string> _periods;

    public PeriodClock(IReadOnlyList<string> periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        _periods = periods;
    }

    public static PeriodClock Standard { get; } = new(["AM", "PM", "EVE"]);

    public (TimeOnly Start, TimeOnly End) TimesOf(string period)
    {
        if (Known.TryGetValue(period, out var times))
        {
            return times;
        }

        var index = Math.Max(0, IndexOf(period));
        var start = new TimeOnly(8, 30).AddHours(4 * Math.Min(index, 3));
        return (start, start.AddHours(3));
    }

    public CalendarOccurrence Occurrence(Session session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var (start, end) = TimesOf(session.Period);
        return new CalendarOccurrence(session.Date.ToDateTime(start), session.Date.ToDateTime(end));
    }

    private int IndexOf(string period)
    {
        for (var i = 0; i < _periods.Count; i++)
        {
            if (string.Equals(_periods[i], period, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
