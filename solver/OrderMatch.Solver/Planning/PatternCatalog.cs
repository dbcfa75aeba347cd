using OrderMatch.Domain.Calendar;
using OrderMatch.Domain.Model;

namespace OrderMatch.Solver.Planning;

/// <summary>Every weekly pattern a course allows: sessionsPerWeek valid slots on distinct days, in chronological order.</summary>
internal static class PatternCatalog
{
    public static List<Slot[]> For(Course course, ScenarioCalendar calendar)
    {
        var allowed = course.AllowedSlots is null
            ? calendar.ValidSlots.ToList()
            : calendar.ValidSlots.Where(s => course.AllowedSlots.Contains(s.ToString())).ToList();
        var byDay = allowed.GroupBy(s => s.Day).OrderBy(g => g.Key).Select(g => g.ToArray()).ToArray();
        var result = new List<Slot[]>();
        var current = new Slot[course.SessionsPerWeek];
        Enumerate(byDay, 0, 0, current, result);
        return result;
    }

    private static void Enumerate(Slot[][] byDay, int dayFrom, int depth, Slot[] current, List<Slot[]> result)
    {
        if (depth == current.Length)
        {
            result.Add((Slot[])current.Clone());
            return;
        }

        for (var d = dayFrom; d <= byDay.Length - (current.Length - depth); d++)
        {
            foreach (var slot in byDay[d])
            {
                current[depth] = slot;
                Enumerate(byDay, d + 1, depth + 1, current, result);
            }
        }
    }

    /// <summary>Does every slot of the pattern lie in the order's allowed slots (when it has any)?</summary>
    public static bool Allows(TrainingOrder order, Slot[] pattern) =>
        order.AllowedSlots is null || pattern.All(s => order.AllowedSlots.Contains(s.ToString()));

    /// <summary>How evenly the pattern spreads over the week and how uniform its periods are: higher is more typical.</summary>
    public static double Typicality(Slot[] pattern)
    {
        if (pattern.Length < 2)
        {
            return 1;
        }

        var gaps = pattern.Zip(pattern.Skip(1), (a, b) => (int)b.Day - (int)a.Day).ToArray();
        var spread = -gaps.Max() + gaps.Min();
        var samePeriod = pattern.All(s => s.Period == pattern[0].Period) ? 2 : 0;
        return spread + samePeriod;
    }
}
