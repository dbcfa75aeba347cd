using System.Globalization;
using OrderMatch.Domain.Model;

namespace OrderMatch.Solver.Planning;

/// <summary>
/// Derives why trainees stayed unassigned from what the analysis recorded: the static filters (eligibility), how far
/// candidate generation got (trainer, time, minimum size, earlier bookings) and which planned classes hold the
/// resources the order could have used.
/// </summary>
internal sealed class UnassignedExplainer(
    ScenarioIndex index,
    IReadOnlyDictionary<string, OrderEligibility> eligibility,
    IReadOnlyDictionary<string, OrderDiagnostics> diagnostics,
    IReadOnlySet<string> timedOutOrders,
    PinnedDecisions pins)
{
    public UnassignedExplainer(ScenarioIndex index, IReadOnlyDictionary<string, OrderEligibility> eligibility,
        IReadOnlyDictionary<string, OrderDiagnostics> diagnostics, IReadOnlySet<string> timedOutOrders)
        : this(index, eligibility, diagnostics, timedOutOrders, PinnedDecisions.None)
    {
    }

    /// <summary>
    /// The reasons of <see cref="ExplainFree"/>; for an order held by decision pins each reason also names the pinned
    /// classes, since the order could only join classes keeping their decisions.
    /// </summary>
    public IReadOnlyList<Reason> Explain(TrainingOrder order, IReadOnlyList<PlanClass> plan)
    {
        var reasons = ExplainFree(order, plan);
        if (!pins.Constrains(order.Id) || reasons.All(r => pins.For(order.Id).All(p => r.Entities.Contains(p.ClassId))))
        {
            return reasons;
        }

        var classes = pins.For(order.Id).Select(p => p.ClassId).Distinct(StringComparer.Ordinal).ToList();
        return [.. reasons.Select(r => r with
        {
            Detail = $"{r.Detail}; order {order.Id} may only join classes keeping the decisions of {pins.Describe(order.Id)}",
            Entities = [.. r.Entities, .. classes.Where(c => !r.Entities.Contains(c))],
        })];
    }

    private IReadOnlyList<Reason> ExplainFree(TrainingOrder order, IReadOnlyList<PlanClass> plan)
    {
        var e = eligibility[order.Id];
        if (e.Blockers.Count > 0)
        {
            return e.Blockers;
        }

        var course = e.Course;
        if (!diagnostics.TryGetValue(order.Id, out var d))
        {
            // The run stopped before the order's slice was searched: nothing else is known about it.
            return [TimeLimit(order)];
        }

        var reasons = new List<Reason>();
        var venues = e.Sites.Select(s => s.Room.Room.Id).Distinct().ToList();
        if (!d.HasTrainer)
        {
            reasons.Add(Reason(ReasonCode.NoTrainer,
                $"no trainer qualified for {course.OccupationName} ({course.Occupation}) level {course.Level} may teach at and reach any eligible venue ({Few(venues)})",
                [course.Occupation, .. venues.Take(5)]));
        }
        else if (!d.HasTime)
        {
            var weeksNeeded = (int)Math.Ceiling(course.Sessions / (double)course.SessionsPerWeek);
            var slots = order.AllowedSlots is null ? string.Empty : $" on slots {string.Join(',', order.AllowedSlots)}";
            reasons.Add(Reason(ReasonCode.Window,
                string.Create(CultureInfo.InvariantCulture,
                    $"window {order.EarliestStart:yyyy-MM-dd}…{order.Deadline:yyyy-MM-dd}{slots} cannot hold {course.Sessions} sessions of {course.Id} at {course.SessionsPerWeek} a week (about {weeksNeeded} weeks)"),
                [course.Id]));
        }
        else if (!d.HasTrainerTime)
        {
            reasons.Add(Reason(ReasonCode.NoTrainer,
                $"every trainer who may teach {course.Id} at an eligible venue ({Few(d.Trainers)}) is unavailable whenever the order's window allows a class",
                [course.Id, .. d.Trainers.Order(StringComparer.Ordinal).Take(8)]));
        }
        else if (!d.HasAvailableTime)
        {
            reasons.Add(Reason(ReasonCode.NoRoom,
                $"the shared-base rooms eligible for {course.Id} ({Few(d.Rooms)}) are closed whenever a trainer is free within the order's window",
                [course.Id, .. d.Rooms.Order(StringComparer.Ordinal).Take(8)]));
        }
        else if (!d.HasEnoughDemand)
        {
            reasons.Add(Reason(ReasonCode.MinSize,
                $"at most {d.BestPoolSize} trainees (orders {Few(d.PoolPartners)}) could share a class of {course.Id}, which needs at least {course.MinSize}",
                [course.Id, .. d.PoolPartners.Order(StringComparer.Ordinal).Take(8)]));
        }
        else
        {
            reasons.Add(Capacity(order, e, plan));
        }

        if (timedOutOrders.Contains(order.Id))
        {
            reasons.Add(TimeLimit(order));
        }

        return reasons;
    }

    private static Reason TimeLimit(TrainingOrder order) =>
        Reason(ReasonCode.TimeLimit, $"the search for order {order.Id}'s slice stopped at the time limit before proving no better plan exists", [order.Id]);

    private Reason Capacity(TrainingOrder order, OrderEligibility e, IReadOnlyList<PlanClass> plan)
    {
        var institutions = e.Sites.Select(s => s.Institution.Id).ToHashSet(StringComparer.Ordinal);
        var rooms = e.Sites.Select(s => s.Room.Room.Id).ToHashSet(StringComparer.Ordinal);
        var trainers = index.Scenario.Trainers.Where(t => t.IsQualifiedFor(e.Course)).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var takers = plan
            .Where(k => k.Course == order.Course ? institutions.Contains(k.Institution) : rooms.Contains(k.Room) || trainers.Contains(k.Trainer))
            .Select(k => (Class: k, Priority: k.Enrollments.Max(en => index.Orders.TryGetValue(en.Order, out var o) ? o.Priority : 0)))
            .Where(t => t.Priority >= order.Priority)
            .OrderByDescending(t => t.Priority).ThenBy(t => t.Class.Id, StringComparer.Ordinal)
            .ToList();
        if (takers.Count == 0)
        {
            return Reason(ReasonCode.Capacity,
                $"the trainers, rooms and institution slots eligible for {order.Id} are fully used by other classes, or serving its remaining trainees would cost more than leaving them unserved",
                [e.Course.Id, .. institutions.Order(StringComparer.Ordinal).Take(5)]);
        }

        var names = takers.Take(6).Select(t => $"{t.Class.Id} (priority {t.Priority})").ToList();
        return Reason(ReasonCode.Capacity,
            $"eligible trainers, rooms and institution capacity for {e.Course.Id} are used by classes of equal or higher priority: {string.Join(", ", names)}",
            [.. takers.Take(6).Select(t => t.Class.Id)]);
    }

    private static Reason Reason(ReasonCode code, string detail, IReadOnlyList<string> entities) =>
        new() { Code = code, Detail = detail, Entities = entities };

    private static string Few(IEnumerable<string> ids)
    {
        var list = ids.Order(StringComparer.Ordinal).ToList();
        return list.Count <= 6 ? string.Join(", ", list) : $"{string.Join(", ", list.Take(6))} and {list.Count - 6} more";
    }
}
