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
        IReadOnlySet<string> unservable, ClassCeilings ceilings)
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
                for (var s = 0; s < item.Eligibility.Sites.Count; s++)
                {
                    var ceiling = ceilings.At(item, s);
                    if (ceiling.Size > 0)
                    {
                        best = Math.Min(best, CapacityBound.PerTrainee(policy, course, enterprise, item.Eligibility.Sites[s], ceiling));
                    }
                }
            }

            total += remaining * best;
        }

        return total;
    }

    /// <summary>
    /// The bound before any search: <see cref="Of"/>, raised where a relaxation over the servable orders (those not in
    /// <paramref name="unreachable"/>) is solved within <paramref name="seconds"/> — the separable bound with those
    /// orders at full penalty, that penalty taken off again, plus what the relaxation proves they cost at least. Two
    /// relaxations are tried, the better one counts: first, when <paramref name="spaces"/> are given and small enough,
    /// <see cref="ClassColumnBound"/> (whole classes, within half the time), whose week prices are handed to
    /// <paramref name="pricesFound"/> as soon as it is done (null when it was not solved; the callback is always
    /// called once); then <see cref="CapacityBound"/> (institutions' weekly limits on class shares) in the time left.
    /// Capacity is that raised value, or null when neither was solved.
    /// </summary>
    public static (double Bound, double? Capacity) WithCapacity(ScenarioIndex index, ScenarioCalendar calendar,
        IReadOnlyList<PlanClass> pinned, IReadOnlyList<DemandItem> demand, IReadOnlyDictionary<string, int> pinnedTrainees,
        IReadOnlySet<string> unreachable, ClassCeilings ceilings, IReadOnlyList<CourseSpace>? spaces, double seconds,
        CancellationToken cancellationToken, Action<WeekPrices?>? pricesFound = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        ClassColumnBound.Result? classes = null;
        try
        {
            classes = spaces is null ? null : ClassColumnBound.Of(index, calendar, spaces, unreachable, pinned, seconds / 2, cancellationToken);
        }
        finally
        {
            pricesFound?.Invoke(classes?.Prices);
        }

        var orders = index.Scenario.Orders;
        var bound = Of(index, pinned, demand, orders, pinnedTrainees, unreachable, ceilings);
        var servable = demand.Where(d => !unreachable.Contains(d.OrderId)).ToList();
        var shares = CapacityBound.Of(index, calendar, servable, pinned, ceilings, seconds - clock.Elapsed.TotalSeconds, cancellationToken);
        if (Math.Max(shares ?? double.NegativeInfinity, classes?.Bound ?? double.NegativeInfinity) is var relaxed && double.IsNegativeInfinity(relaxed))
        {
            return (bound, null);
        }

        var withoutServable = new HashSet<string>(unreachable, StringComparer.Ordinal);
        withoutServable.UnionWith(servable.Select(d => d.OrderId));
        var penalty = index.Scenario.Policy.UnservedTraineePenalty;
        var capacity = Of(index, pinned, demand, orders, pinnedTrainees, withoutServable, ceilings)
                       - servable.Sum(d => d.Trainees * d.Priority * penalty) + relaxed;
        return (Math.Max(bound, capacity), capacity);
    }
}
