using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.ICalendar;

/// <summary>A whole plan as one published calendar: one VEVENT per class, with the UIDs the institutions' invitations use.</summary>
public static class PlanCalendar
{
    /// <param name="scenario">The scenario the plan belongs to (names, venues, period clock).</param>
    /// <param name="plan">The plan.</param>
    /// <param name="stamp">DTSTAMP of every event.</param>
    /// <param name="sequenceOf">The SEQUENCE of a class (as notified to its institution); 0 when null.</param>
    public static string Write(Scenario scenario, Plan plan, DateTimeOffset stamp, Func<PlanClass, int>? sequenceOf = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(plan);
        var index = new ScenarioIndex(scenario);
        var clock = new PeriodClock(scenario.Horizon.Periods);
        var events = plan.Classes
            .Where(k => k.Sessions.Count > 0)
            .Select(k => ClassEvents.From(ClassFacts.From(index, k), clock, sequenceOf?.Invoke(k) ?? 0))
            .ToList();
        return CalendarWriter.Write(CalendarMethod.Publish, events, stamp);
    }
}
