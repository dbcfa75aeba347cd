using OrderMatch.Domain.Calendar;
using OrderMatch.Domain.Checking;
using OrderMatch.Domain.Model;
using OrderMatch.Solver.Planning;

namespace OrderMatch.Solver.Partitions;

/// <summary>
/// A proven lower bound on any valid plan of the whole scenario, for a plan merged from partitions: the bound an
/// unpartitioned run proves before its search (<see cref="LowerBound.WithCapacity"/>: every trainee not held by a
/// pinned class unserved or served at the cheapest cost any eligible venue offers, orders no class can ever hold
/// (<see cref="PoolReach"/>) at their full penalty, raised by the institutions' shared weekly class limits where that
/// relaxation is solved in time), computed on the whole scenario. The partitions' own bounds do not add up to one for
/// the whole: an order of one partition may share a class with an order of another in a plan of the whole scenario,
/// and each partition only sees its own pinned classes, so only a bound computed on the whole scenario is reported.
/// </summary>
internal static class WholeScenarioBound
{
    public static double Of(ScenarioIndex index, IReadOnlyList<DecisionPin> decisionPins, double seconds, CancellationToken cancellationToken)
    {
        var scenario = index.Scenario;
        var calendar = new ScenarioCalendar(scenario.Horizon);
        var pins = new PinnedDecisions(decisionPins);
        var eligibility = EligibilityAnalyzer.Analyze(index, pins);
        var pinned = scenario.Pinned.Select(p => PinConflicts.WithSessions(p, index, calendar)).ToList();
        var pinnedTrainees = pinned.SelectMany(p => p.Enrollments).GroupBy(e => e.Order, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(e => e.Trainees), StringComparer.Ordinal);
        var demand = scenario.Orders
            .Select(o => new DemandItem(eligibility[o.Id], Math.Max(0, o.Trainees - pinnedTrainees.GetValueOrDefault(o.Id))))
            .Where(d => d.Trainees > 0 && d.Eligibility.Blockers.Count == 0)
            .ToList();
        // One course's space at a time, so only one is held at once.
        var ceilings = new ClassCeilings();
        var unreachable = PoolReach.Unreachable(demand.GroupBy(d => d.Eligibility.Course.Id, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CourseSpace(index.Courses[g.Key], [.. g], calendar, index, pins)), ceilings);
        return LowerBound.WithCapacity(index, calendar, pinned, demand, pinnedTrainees, unreachable, ceilings, spaces: null, seconds, cancellationToken).Bound;
    }
}
