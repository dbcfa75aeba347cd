using OrderMatch.Domain.Calendar;
using OrderMatch.Domain.Checking;
using OrderMatch.Domain.Model;
using OrderMatch.Solver.Planning;

namespace OrderMatch.Solver.Partitions;

/// <summary>
/// A proven lower bound on any valid plan of the whole scenario (see <see cref="LowerBound"/>: every trainee not held by a
/// pinned class is unserved or served at the cheapest price, quality, travel and opening share any eligible venue
/// offers). The partitions' own bounds do not add up to one for the whole: an order of one partition may share a class
/// with an order of another in a plan of the whole scenario, so only a bound computed on the whole scenario is reported.
/// </summary>
internal static class SeparableBound
{
    public static double Of(Scenario scenario, IReadOnlyList<DecisionPin> decisionPins)
    {
        var index = new ScenarioIndex(scenario);
        var calendar = new ScenarioCalendar(scenario.Horizon);
        var eligibility = EligibilityAnalyzer.Analyze(index, new PinnedDecisions(decisionPins));
        var pinned = scenario.Pinned.Select(p => PinConflicts.WithSessions(p, index, calendar)).ToList();
        var pinnedTrainees = pinned.SelectMany(p => p.Enrollments).GroupBy(e => e.Order, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(e => e.Trainees), StringComparer.Ordinal);
        var demand = scenario.Orders
            .Select(o => new DemandItem(eligibility[o.Id], Math.Max(0, o.Trainees - pinnedTrainees.GetValueOrDefault(o.Id))))
            .Where(d => d.Trainees > 0 && d.Eligibility.Blockers.Count == 0)
            .ToList();
        return LowerBound.Of(index, pinned, demand, scenario.Orders, pinnedTrainees, new HashSet<string>(StringComparer.Ordinal));
    }
}
