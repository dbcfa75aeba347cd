using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Calendar;

/// <summary>Dates, weeks and slots of a scenario's horizon, and the session rule of FORMAT.md §5.</summary>
public sealed class ScenarioCalendar
{
    private readonly HashSet<DateOnly> _closed;
    private readonly Dictionary<string, int> _periodIndex;

    public ScenarioCalendar(Horizon horizon)
    {
        Horizon = horizon;
        _closed = [.. horizon.ClosedDates];
        _periodIndex = horizon.Periods.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        ValidSlots = [.. horizon.Days.Distinct().Order().SelectMany(d => horizon.Periods.Select(p => new Slot(d, p)))];
    }

    public Horizon Horizon { get; }

    /// <summary>Every day × period the horizon allows, in chronological order.</summary>
    public IReadOnlyList<Slot> ValidSlots { get; }

    public DateOnly FirstDate => Horizon.StartDate;

    public DateOnly LastDate => Horizon.StartDate.AddDays((7 * Horizon.Weeks) - 1);

    public DateOnly WeekStart(int week) => Horizon.StartDate.AddDays(7 * (week - 1));

    public DateOnly DateOf(int week, Weekday day) => WeekStart(week).AddDays((int)day);

    /// <summary>The 1-based week a date falls in (may be outside 1…Weeks for dates outside the horizon).</summary>
    public int WeekOf(DateOnly date) => (int)Math.Floor((date.DayNumber - Horizon.StartDate.DayNumber) / 7.0) + 1;

    public static Weekday WeekdayOf(DateOnly date) => (Weekday)(((int)date.DayOfWeek + 6) % 7);

    public bool IsClosed(DateOnly date) => _closed.Contains(date);

    public bool IsInside(DateOnly date) => date >= FirstDate && date <= LastDate;

    public bool IsValidSlot(Slot slot) => Horizon.Days.Contains(slot.Day) && _periodIndex.ContainsKey(slot.Period);

    /// <summary>Chronological position of a period within a day (-1 if unknown).</summary>
    public int PeriodIndex(string period) => _periodIndex.TryGetValue(period, out var i) ? i : -1;

    /// <summary>Orders slots by day, then by the horizon's period order.</summary>
    public int CompareSlots(Slot a, Slot b) =>
        a.Day != b.Day ? a.Day.CompareTo(b.Day) : PeriodIndex(a.Period).CompareTo(PeriodIndex(b.Period));

    /// <summary>Open (not closed) dates of the horizon on which training may happen.</summary>
    public IEnumerable<DateOnly> OpenDates()
    {
        for (var d = FirstDate; d <= LastDate; d = d.AddDays(1))
        {
            if (Horizon.Days.Contains(WeekdayOf(d)) && !IsClosed(d))
            {
                yield return d;
            }
        }
    }

    /// <summary>
    /// The session rule: from <paramref name="startWeek"/>, walk the weeks and, within each, the pattern's slots in
    /// chronological order, skipping closed dates; the first <paramref name="count"/> are the sessions. Returns null
    /// when the horizon ends before <paramref name="count"/> sessions are found.
    /// </summary>
    public IReadOnlyList<Session>? Sessions(int startWeek, IEnumerable<Slot> pattern, int count)
    {
        var ordered = pattern.ToList();
        ordered.Sort(CompareSlots);
        var sessions = new List<Session>(count);
        if (ordered.Count == 0)
        {
            return count == 0 ? sessions : null;
        }

        for (var week = Math.Max(1, startWeek); week <= Horizon.Weeks && sessions.Count < count; week++)
        {
            foreach (var slot in ordered)
            {
                var date = DateOf(week, slot.Day);
                if (IsClosed(date))
                {
                    continue;
                }

                sessions.Add(new Session(date, slot.Period));
                if (sessions.Count == count)
                {
                    break;
                }
            }
        }

        return sessions.Count == count ? sessions : null;
    }

    /// <summary>The session rule over slot texts ("Mon-AM"); null if a text is not a slot or the horizon is too short.</summary>
    public IReadOnlyList<Session>? Sessions(int startWeek, IEnumerable<string> pattern, int count)
    {
        var slots = new List<Slot>();
        foreach (var text in pattern)
        {
            if (!Slot.TryParse(text, out var slot))
            {
                return null;
            }

            slots.Add(slot.Value);
        }

        return Sessions(startWeek, slots, count);
    }
}
