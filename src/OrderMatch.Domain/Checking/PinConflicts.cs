using OrderMatch.Domain.Calendar;
using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Checking;

/// <summary>
/// Whether the pinned classes of a scenario can all be kept (FORMAT.md H17). The pinned classes alone, with their sessions
/// derived by the session rule where left out and every trainee they do not enroll listed as unassigned, are checked
/// against the hard rules: any broken rule (a trainer or room booked twice, an institution over its concurrency, an order
/// enrolled beyond its trainees, an unqualified trainer, ...) holds in every plan that keeps the pins, so no such plan is
/// feasible. The violations name the pinned classes involved.
/// </summary>
public static class PinConflicts
{
    public static IReadOnlyList<Violation> Find(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (scenario.Pinned.Count == 0)
        {
            return [];
        }

        var index = new ScenarioIndex(scenario);
        var calendar = new ScenarioCalendar(scenario.Horizon);
        var pinned = scenario.Pinned.Select(p => WithSessions(p, index, calendar)).ToList();
        var enrolled = pinned.SelectMany(p => p.Enrollments)
            .GroupBy(e => e.Order, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(e => e.Trainees), StringComparer.Ordinal);
        var left = scenario.Orders
            .Select(o => new Unassigned { Order = o.Id, Trainees = o.Trainees - enrolled.GetValueOrDefault(o.Id) })
            .Where(u => u.Trainees > 0)
            .ToList();
        var plan = new Plan { Scenario = scenario.Name, Classes = pinned, Unassigned = left, Objective = new Objective(0, new ObjectiveComponents()) };
        return [.. PlanChecker.Check(scenario, plan).Violations.Where(v => v.Rule != "H17")];
    }

    /// <summary>A pinned class with its sessions: as given, or derived from its start week and pattern by the session rule.</summary>
    public static PlanClass WithSessions(PlanClass pin, ScenarioIndex index, ScenarioCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(pin);
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(calendar);
        if (pin.Sessions.Count > 0 || !index.Courses.TryGetValue(pin.Course, out var course))
        {
            return pin;
        }

        return pin with { Sessions = calendar.Sessions(pin.StartWeek, pin.Pattern, course.Sessions) ?? [] };
    }
}
