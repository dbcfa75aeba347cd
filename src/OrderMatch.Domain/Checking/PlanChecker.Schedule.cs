using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Checking;

public static partial class PlanChecker
{
    // H7: every session date lies within [earliestStart, deadline] of every order enrolled in the class.
    private static void CheckH7OrderWindow(CheckContext context)
    {
        foreach (var c in context.Classes)
        {
            foreach (var order in c.Enrollments.Select(e => e.Order).Distinct())
            {
                var outside = c.Class.Sessions.Where(s => s.Date < order.EarliestStart || s.Date > order.Deadline).ToList();
                if (outside.Count > 0)
                {
                    context.Report("H7", $"class {c.Id} meets on {CheckText.List(outside.Select(CheckText.Of))}, outside order {order.Id}'s "
                        + $"window {CheckText.Date(order.EarliestStart)}…{CheckText.Date(order.Deadline)}", c.Id, order.Id);
                }
            }
        }
    }

    // H8: a trainer teaches at most one session per date and period, never while unavailable, and at most
    // maxSessionsPerWeek sessions in any week.
    private static void CheckH8TrainerNoOverlap(CheckContext context)
    {
        foreach (var group in context.Classes.GroupBy(c => c.Trainer.Id, StringComparer.Ordinal))
        {
            var trainer = group.First().Trainer;
            var held = group.SelectMany(c => c.Class.Sessions.Select(s => (Class: c, Session: s))).ToList();
            ReportDoubleBookings(context, "H8", "trainer", trainer.Id, held);
            foreach (var (c, session) in held.Where(h => trainer.Unavailable.Any(u => u.Covers(h.Session.Date, h.Session.Period))))
            {
                context.Report("H8", $"trainer {trainer.Id} is unavailable on {CheckText.Of(session)} but teaches class {c.Id} then",
                    trainer.Id, c.Id);
            }

            foreach (var week in held.GroupBy(h => context.Calendar.WeekOf(h.Session.Date)).Where(w => w.Count() > trainer.MaxSessionsPerWeek))
            {
                var classes = week.Select(h => h.Class.Id).Distinct(StringComparer.Ordinal).ToList();
                context.Report("H8", $"trainer {trainer.Id} has {week.Count()} sessions in week {week.Key} (max {trainer.MaxSessionsPerWeek}): "
                    + $"classes {CheckText.List(classes)}", [trainer.Id, .. classes]);
            }
        }
    }

    // H9: a room hosts at most one session per date and period, and none while its base is unavailable.
    private static void CheckH9RoomNoOverlap(CheckContext context)
    {
        foreach (var group in context.Classes.GroupBy(c => c.Site.Room.Id, StringComparer.Ordinal))
        {
            var site = group.First().Site;
            var held = group.SelectMany(c => c.Class.Sessions.Select(s => (Class: c, Session: s))).ToList();
            ReportDoubleBookings(context, "H9", "room", site.Room.Id, held);
            if (site.Base is not { } trainingBase)
            {
                continue;
            }

            foreach (var (c, session) in held.Where(h => trainingBase.Unavailable.Any(u => u.Covers(h.Session.Date, h.Session.Period))))
            {
                context.Report("H9", $"room {site.Room.Id} hosts class {c.Id} on {CheckText.Of(session)} while base {trainingBase.Id} is unavailable",
                    site.Room.Id, trainingBase.Id, c.Id);
            }
        }
    }

    private static void ReportDoubleBookings(
        CheckContext context, string rule, string kind, string id, List<(ResolvedClass Class, Session Session)> held)
    {
        foreach (var clash in held.GroupBy(h => h.Session).Where(g => g.Count() > 1))
        {
            var classes = clash.Select(h => h.Class.Id).ToList();
            context.Report(rule, $"{kind} {id} has {CheckText.Count(classes.Count)} sessions on {CheckText.Of(clash.Key)}: "
                + $"classes {CheckText.List(classes)}", [id, .. classes]);
        }
    }
}
