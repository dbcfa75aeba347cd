using OrderMatch.Domain.Calendar;

namespace OrderMatch.Solver.Planning;

/// <summary>
/// How many of a class's session weeks must fall inside a week interval, whatever the class's start and pattern. A
/// class's session weeks S lie inside its orders' windows (H7); there are at least ⌈sessions ÷ sessionsPerWeek⌉ of them
/// (a pattern has sessionsPerWeek slots, one session per slot and week at most); and by the session rule every week
/// strictly between the first and the last of them on which no horizon day is closed holds a session. So S contains
/// its two ends and those fully open weeks, and any further weeks of S are other open weeks between its ends.
/// </summary>
internal sealed class WeekSpan
{
    private readonly bool[] _open;
    private readonly bool[] _fullyOpen;
    private readonly Dictionary<(int, int, int, int, int), int> _cache = [];

    public WeekSpan(ScenarioCalendar calendar)
    {
        Weeks = calendar.Horizon.Weeks;
        _open = new bool[Weeks + 2];
        _fullyOpen = new bool[Weeks + 2];
        for (var w = 1; w <= Weeks; w++)
        {
            var closed = calendar.Horizon.Days.Count(d => calendar.IsClosed(calendar.DateOf(w, d)));
            _open[w] = closed < calendar.Horizon.Days.Count;
            _fullyOpen[w] = closed == 0;
        }
    }

    public int Weeks { get; }

    /// <summary>Whether some horizon date of week <paramref name="week"/> is open.</summary>
    public bool IsOpen(int week) => week >= 1 && week <= Weeks && _open[week];

    /// <summary>
    /// The fewest session weeks inside <paramref name="a"/>…<paramref name="b"/> of a class that needs at least
    /// <paramref name="span"/> session weeks inside its window <paramref name="from"/>…<paramref name="to"/>; 0 when no
    /// such class fits the window (nothing to charge then).
    /// </summary>
    public int MinimumInside(int from, int to, int span, int a, int b)
    {
        from = Math.Max(1, from);
        to = Math.Min(Weeks, to);
        if (b < from || a > to || span <= 0)
        {
            return 0;
        }

        var key = (from, to, span, a, b);
        if (_cache.TryGetValue(key, out var known))
        {
            return known;
        }

        var best = int.MaxValue;
        for (var first = from; first <= to; first++)
        {
            if (!_open[first])
            {
                continue;
            }

            for (var last = first; last <= to; last++)
            {
                if (_open[last])
                {
                    best = Math.Min(best, Inside(first, last, span, a, b));
                }
            }
        }

        var result = best == int.MaxValue ? 0 : best;
        _cache[key] = result;
        return result;
    }

    // The fewest weeks inside a…b of session weeks running from first to last; int.MaxValue when there are not span open
    // weeks between them.
    private int Inside(int first, int last, int span, int a, int b)
    {
        int forced = 0, forcedInside = 0, optionalOutside = 0, optional = 0;
        for (var w = first; w <= last; w++)
        {
            if (!_open[w])
            {
                continue;
            }

            var inside = w >= a && w <= b;
            if (w == first || w == last || _fullyOpen[w])
            {
                forced++;
                forcedInside += inside ? 1 : 0;
            }
            else
            {
                optional++;
                optionalOutside += inside ? 0 : 1;
            }
        }

        if (forced + optional < span)
        {
            return int.MaxValue;
        }

        return forcedInside + Math.Max(0, span - forced - optionalOutside);
    }
}
