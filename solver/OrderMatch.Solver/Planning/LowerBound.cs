using OrderMatch.Domain.Calendar;
using OrderMatch.Domain.Checking;
using OrderMatch.Domain.Model;

namespace OrderMatch.Solver.Planning;

/// <summary>
/// A proven lower bound on the objective of any valid plan, from a relaxation that drops every interaction between
/// orders: each trainee not held by a pinned class is either unserved (priority × penalty) or served at the cheapest
/// price + quality penalty + own travel any eligible venue offers, plus the smallest share of a class's opening cost
/// (opening ÷ largest possible class). Pinned classes cost what they cost; room fees, trainer travel and changes are
/// counted as zero. Orders that no class can ever serve (no qualified trainer, no time in their window, no site ×
/// pattern × week with a free trainer, an open room and enough poolable demand — see <see cref="PoolReach"/> — or,
/// where every candidate was enumerated, no such candidate) count at their full penalty.
/// Every valid plan pays at least this, so it is a bound whatever the search did.
/// </summary>
internal static class LowerBound
{
    public static double Of(ScenarioIndex index, IReadOnlyList<PlanClass> pinned,
        IReadOnlyList<DemandItem> demand, IReadOnlyList<TrainingOrder> allOrders, IReadOnlyDictionary<string, int> pinnedTrainees,
        IReadOnlySet<string> unservable)
    {
        var policy = index.Scenario.Policy;
        var pinnedCost = PlanEvaluator.Objective(index, pinned, []);
        var total = pinnedCost.Total - pinnedCost.Changes - pinnedCost.Unserved;
        var planned = demand.ToDictionary(d => d.OrderId, StringComparer.Ordinal);
        foreach (var order in allOrders)
        {
            var remaining = Math.Max(0, order.Trainees - pinnedTrainees.GetValueOrDefault(order.Id));
            if (remaining == 0)
            {
                continue;
            }

            var unserved = order.Priority * policy.UnservedTraineePenalty;
            var best = unserved;
            if (!unservable.Contains(order.Id) && planned.TryGetValue(order.Id, out var item))
            {
                var course = item.Eligibility.Course;
                var enterprise = item.Eligibility.Enterprise;
                foreach (var site in item.Eligibility.Sites)
                {
                    best = Math.Min(best, CapacityBound.PerTrainee(policy, course, enterprise, site));
                }
            }

            total += remaining * best;
        }

        return total;
    }

    /// <summary>
    /// The bound before any search: <see cref="Of"/>, raised where <see cref="CapacityBound"/>'s relaxation is solved
    /// within <paramref name="seconds"/> — the separable bound with the servable orders (those not in
    /// <paramref name="unreachable"/>) at full penalty, that penalty taken off again, plus what the relaxation proves
    /// those orders cost at least. Capacity is that raised value, or null when the relaxation was not solved.
    /// </summary>
    public static (double Bound, double? Capacity) WithCapacity(ScenarioIndex index, ScenarioCalendar calendar,
        IReadOnlyList<PlanClass> pinned, IReadOnlyList<DemandItem> demand, IReadOnlyDictionary<string, int> pinnedTrainees,
        IReadOnlySet<string> unreachable, double seconds, CancellationToken cancellationToken)
    {
        var orders = index.Scenario.Orders;
        var bound = Of(index, pinned, demand, orders, pinnedTrainees, unreachable);
        var servable = demand.Where(d => !unreachable.Contains(d.OrderId)).ToList();
        if (CapacityBound.Of(index, calendar, servable, pinned, seconds, cancellationToken) is not { } relaxed)
        {
            return (bound, null);
        }

        var withoutServable = new HashSet<string>(unreachable, StringComparer.Ordinal);
        withoutServable.UnionWith(servable.Select(d => d.OrderId));
        var penalty = index.Scenario.Policy.UnservedTraineePenalty;
        var capacity = Of(index, pinned, demand, orders, pinnedTrainees, withoutServable)
                       - servable.Sum(d => d.Trainees * d.Priority * penalty) + relaxed;
        return (Math.Max(bound, capacity), capacity);
    }
}
