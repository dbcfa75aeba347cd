using OrderMatch.Domain.Model;

namespace OrderMatch.Solver.Planning;

/// <summary>
/// First-fit construction by priority: each order joins an open class with room for it, or opens the candidate
/// with the best net benefit (penalties avoided minus cost) that its trainer, room and institution still admit.
/// Gives the MIP its start and the run a valid plan even when the MIP finds none in time.
/// </summary>
internal static class GreedyPlanner
{
    private const int MaxCandidatesTried = 400;

    public static SliceSolution Build(IReadOnlyList<DemandItem> orders, IReadOnlyList<CandidateClass> candidates,
        ResourceLedger ledger, double unservedPenalty) => Build(orders, candidates, ledger, unservedPenalty, []);

    /// <summary>
    /// As above, but first re-opens each class of the plan in force (<paramref name="previous"/>) that a candidate
    /// repeats decision for decision, filled with its former orders first, where resources and the minimum size allow:
    /// re-planning then starts from the plan in force instead of from scratch.
    /// </summary>
    public static SliceSolution Build(IReadOnlyList<DemandItem> orders, IReadOnlyList<CandidateClass> candidates,
        ResourceLedger ledger, double unservedPenalty, IReadOnlyList<PlanClass> previous)
    {
        var book = ledger.Clone();
        var remaining = orders.Select(o => o.Trainees).ToArray();
        var byOrder = new List<CandidateClass>[orders.Count];
        for (var o = 0; o < orders.Count; o++)
        {
            byOrder[o] = [];
        }

        foreach (var k in candidates)
        {
            foreach (var (o, _) in k.Orders)
            {
                byOrder[o].Add(k);
            }
        }

        // Candidates each order may open, cheapest first (a stable sort: equal costs keep the candidates' order).
        for (var o = 0; o < orders.Count; o++)
        {
            byOrder[o] = [.. byOrder[o].OrderBy(k => k.FixedCost)];
        }

        var filling = new Filling(orders);
        var open = new List<(CandidateClass Class, Dictionary<int, int> Enrolled)>();
        Reopen(previous, orders, candidates, book, remaining, open, filling);
        var sequence = Enumerable.Range(0, orders.Count)
            .OrderByDescending(o => orders[o].Priority).ThenByDescending(o => orders[o].Trainees).ThenBy(o => o);
        foreach (var o in sequence)
        {
            JoinOpenClasses(o, orders, open, remaining);
            while (remaining[o] > 0)
            {
                var best = BestOpening(o, orders, byOrder[o], book, remaining, unservedPenalty, filling);
                if (best is null)
                {
                    break;
                }

                book.Book(best.Value.Class);
                foreach (var (x, n) in best.Value.Fill)
                {
                    remaining[x] -= n;
                }

                open.Add((best.Value.Class, best.Value.Fill));
            }
        }

        // Second pass: classes opened for later orders may have room for trainees of earlier ones.
        foreach (var o in sequence)
        {
            JoinOpenClasses(o, orders, open, remaining);
        }

        return new SliceSolution([.. open.Select(c => (c.Class, (IReadOnlyList<(int, int)>)[.. c.Enrolled.Select(kv => (kv.Key, kv.Value)).OrderBy(e => e.Item1)]))]);
    }

    private static void Reopen(IReadOnlyList<PlanClass> previous, IReadOnlyList<DemandItem> orders, IReadOnlyList<CandidateClass> candidates,
        ResourceLedger book, int[] remaining, List<(CandidateClass Class, Dictionary<int, int> Enrolled)> open, Filling filling)
    {
        if (previous.Count == 0)
        {
            return;
        }

        var position = Enumerable.Range(0, orders.Count).ToDictionary(o => orders[o].OrderId, StringComparer.Ordinal);
        var byPlace = candidates.ToLookup(c => (c.Course.Id, c.Site.Room.Room.Id, c.StartWeek));
        foreach (var former in previous)
        {
            var k = byPlace[(former.Course, former.Room, former.StartWeek)].FirstOrDefault(c => c.SameDecisionsAs(former));
            if (k is null || !book.Admits(k))
            {
                continue;
            }

            var formerOrders = former.Enrollments.Select(e => position.GetValueOrDefault(e.Order, -1)).Where(o => o >= 0);
            var fill = filling.Fill(k, formerOrders, remaining);
            if (fill.Values.Sum() < k.Course.MinSize)
            {
                continue;
            }

            book.Book(k);
            foreach (var (x, n) in fill)
            {
                remaining[x] -= n;
            }

            open.Add((k, fill));
        }
    }

    /// <summary>Puts as many of the order's remaining trainees as the chunk rules allow into open classes it may join.</summary>
    private static void JoinOpenClasses(int o, IReadOnlyList<DemandItem> orders,
        List<(CandidateClass Class, Dictionary<int, int> Enrolled)> open, int[] remaining)
    {
        foreach (var (k, enrolled) in open)
        {
            if (remaining[o] == 0)
            {
                return;
            }

            if (k.Orders.Any(x => x.Order == o))
            {
                var take = Chunk(orders[o], remaining[o], k.Capacity - enrolled.Values.Sum());
                if (take > 0)
                {
                    enrolled[o] = enrolled.GetValueOrDefault(o) + take;
                    remaining[o] -= take;
                }
            }
        }
    }

    private static (CandidateClass Class, Dictionary<int, int> Fill)? BestOpening(int o, IReadOnlyList<DemandItem> orders,
        List<CandidateClass> options, ResourceLedger book, int[] remaining, double unservedPenalty, Filling filling)
    {
        (CandidateClass Class, Dictionary<int, int> Fill)? best = null;
        var bestScore = 0.0;
        var tried = 0;
        foreach (var k in options)
        {
            if (tried >= MaxCandidatesTried)
            {
                break;
            }

            if (!book.Admits(k))
            {
                continue;
            }

            tried++;
            var fill = filling.Fill(k, [o], remaining);
            var size = fill.Values.Sum();
            if (!fill.ContainsKey(o) || size < k.Course.MinSize)
            {
                continue;
            }

            var score = -k.FixedCost;
            foreach (var (x, n) in fill)
            {
                var perTrainee = k.Orders.First(e => e.Order == x).PerTrainee;
                score += n * ((orders[x].Priority * unservedPenalty) - perTrainee);
            }

            if (score > bestScore)
            {
                bestScore = score;
                best = (k, fill);
            }
        }

        return best;
    }

    /// <summary>
    /// Fills classes: the given orders first (those the class may hold), then the class's other orders by priority
    /// (highest first, then by position), within capacity and chunk rules. Each class's orders by priority are sorted
    /// once, the first time it is filled.
    /// </summary>
    private sealed class Filling(IReadOnlyList<DemandItem> orders)
    {
        private readonly Dictionary<CandidateClass, int[]> _byPriority = new(ReferenceEqualityComparer.Instance);

        public Dictionary<int, int> Fill(CandidateClass k, IEnumerable<int> leading, int[] remaining)
        {
            if (!_byPriority.TryGetValue(k, out var byPriority))
            {
                byPriority = [.. k.Orders.Select(e => e.Order).OrderByDescending(x => orders[x].Priority).ThenBy(x => x)];
                _byPriority[k] = byPriority;
            }

            var fill = new Dictionary<int, int>();
            var free = k.Capacity;
            var lead = new List<int>();
            foreach (var x in leading)
            {
                if (!lead.Contains(x) && Array.IndexOf(byPriority, x) >= 0)
                {
                    lead.Add(x);
                }
            }

            foreach (var x in lead)
            {
                free = Take(x, fill, free, remaining);
            }

            foreach (var x in byPriority)
            {
                if (!lead.Contains(x))
                {
                    free = Take(x, fill, free, remaining);
                }
            }

            return fill;
        }

        private int Take(int x, Dictionary<int, int> fill, int free, int[] remaining)
        {
            var take = Chunk(orders[x], remaining[x], free);
            if (take > 0)
            {
                fill[x] = take;
                free -= take;
            }

            return free;
        }
    }

    /// <summary>How many of the order's remaining trainees may go into a class with <paramref name="free"/> seats (H11).</summary>
    public static int Chunk(DemandItem item, int remaining, int free)
    {
        var order = item.Eligibility.Order;
        if (remaining <= 0 || free <= 0)
        {
            return 0;
        }

        if (!order.Splittable)
        {
            return remaining == item.Trainees && remaining <= free ? remaining : 0;
        }

        var take = Math.Min(remaining, free);
        if (take < order.MinChunk)
        {
            return 0;
        }

        // Leave no remainder smaller than minChunk, which no later class could take.
        var rest = remaining - take;
        if (rest > 0 && rest < order.MinChunk)
        {
            take = remaining - order.MinChunk;
        }

        return take >= order.MinChunk ? take : 0;
    }
}
