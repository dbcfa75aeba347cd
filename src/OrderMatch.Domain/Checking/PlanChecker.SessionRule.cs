using OrderMatch.Domain.Calendar;
using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Checking;

public static partial class PlanChecker
{
    // H6: the pattern has course.sessionsPerWeek valid slots on distinct days, allowed by the course and every enrolled
    // order, and the sessions are exactly those the session rule yields from startWeek, inside the horizon.
    private static void CheckH6SessionRule(CheckContext context)
    {
        foreach (var c in context.Classes)
        {
            var slots = CheckPattern(context, c);
            CheckSessionList(context, c, slots);
        }
    }

    /// <summary>H6 on the pattern; returns its slots when every text is a slot, else null.</summary>
    private static List<Slot>? CheckPattern(CheckContext context, ResolvedClass c)
    {
        var pattern = c.Class.Pattern;
        var course = c.Course;
        if (pattern.Count != course.SessionsPerWeek)
        {
            context.Report("H6", $"class {c.Id} has {pattern.Count} pattern slots ({string.Join(", ", pattern)}) but course {course.Id} "
                + $"meets {course.SessionsPerWeek} times a week", c.Id, course.Id);
        }

        var slots = new List<Slot>(pattern.Count);
        foreach (var text in pattern)
        {
            if (!Slot.TryParse(text, out var parsed))
            {
                context.Report("H6", $"class {c.Id} has pattern entry '{text}', which is not a slot like Mon-AM", c.Id);
                continue;
            }

            var slot = parsed.Value;
            slots.Add(slot);
            if (!context.Calendar.IsValidSlot(slot))
            {
                context.Report("H6", $"class {c.Id} uses slot {slot}, which is not among the horizon's days and periods", c.Id);
            }

            if (course.AllowedSlots is { } courseSlots && !courseSlots.Contains(slot.ToString()))
            {
                context.Report("H6", $"class {c.Id} uses slot {slot}, which course {course.Id} does not allow", c.Id, course.Id);
            }

            foreach (var order in c.Enrollments.Select(e => e.Order).Distinct().Where(o => o.AllowedSlots is { } a && !a.Contains(slot.ToString())))
            {
                context.Report("H6", $"class {c.Id} uses slot {slot}, which enrolled order {order.Id} does not allow", c.Id, order.Id);
            }
        }

        foreach (var day in slots.GroupBy(s => s.Day).Where(g => g.Count() > 1))
        {
            context.Report("H6", $"class {c.Id} meets {CheckText.Count(day.Count())} times on {day.Key} in its pattern; slots must be on distinct days", c.Id);
        }

        return slots.Count == pattern.Count ? slots : null;
    }

    /// <summary>H6 on the session list: inside the horizon and exactly what the session rule yields.</summary>
    private static void CheckSessionList(CheckContext context, ResolvedClass c, List<Slot>? slots)
    {
        var calendar = context.Calendar;
        var listed = c.Class.Sessions;
        if (c.Class.StartWeek < 1 || c.Class.StartWeek > calendar.Horizon.Weeks)
        {
            context.Report("H6", $"class {c.Id} starts in week {c.Class.StartWeek}, outside weeks 1…{calendar.Horizon.Weeks}", c.Id);
        }

        foreach (var session in listed.Where(s => !calendar.IsInside(s.Date) || calendar.PeriodIndex(s.Period) < 0))
        {
            context.Report("H6", $"class {c.Id} has session {CheckText.Of(session)}, outside the horizon's dates and periods", c.Id);
        }

        if (slots is null)
        {
            return;
        }

        var expected = calendar.Sessions(c.Class.StartWeek, slots, c.Course.Sessions);
        if (expected is null)
        {
            context.Report("H6", $"class {c.Id}: the horizon ends before course {c.Course.Id}'s {c.Course.Sessions} sessions "
                + $"(start week {c.Class.StartWeek}, pattern {string.Join(", ", c.Class.Pattern)})", c.Id, c.Course.Id);
            return;
        }

        if (!listed.SequenceEqual(expected))
        {
            var at = Enumerable.Range(0, Math.Min(listed.Count, expected.Count)).FirstOrDefault(i => listed[i] != expected[i], -1);
            var where = at >= 0
                ? $"session #{at + 1} is {CheckText.Of(listed[at])} but should be {CheckText.Of(expected[at])}"
                : $"{listed.Count} sessions are listed but the session rule gives {expected.Count}";
            context.Report("H6", $"class {c.Id} does not follow the session rule: {where}", c.Id);
        }
    }
}
