namespace OrderMatch.Solver.Planning;

/// <summary>
/// Chooses the candidates a slice's MIP works on when there are more than it can solve in its time: the classes of
/// the start solution, and for every order its most valuable candidates — value being what the class would save if
/// opened alone and filled by priority (penalties avoided minus costs). Each order keeps several options, so the MIP
/// can re-pool orders the greedy start left apart. Optionally each order also keeps its best candidates at every
/// institution it may attend, so a model re-solving competing courses can move classes from saturated institutions to
/// idle ones even when those are not among the order's cheapest options.
/// </summary>
internal static class CandidateSelector
{
    public static IReadOnlyList<CandidateClass> Restrict(IReadOnlyList<CandidateClass> all, IReadOnlyList<DemandItem> orders,
        SliceSolution start, int limit, int perOrder, double unservedPenalty) =>
        Restrict(all, orders, start, limit, perOrder, 0, unservedPenalty);

    /// <inheritdoc cref="Restrict(IReadOnlyList{CandidateClass}, IReadOnlyList{DemandItem}, SliceSolution, int, int, double)"/>
    /// <param name="perInstitution">Candidates each order keeps at each institution on top of its best overall.</param>
    public static IReadOnlyList<CandidateClass> Restrict(IReadOnlyList<CandidateClass> all, IReadOnlyList<DemandItem> orders,
        SliceSolution start, int limit, int perOrder, int perInstitution, double unservedPenalty)
    {
        if (all.Count <= limit)
        {
            return all;
        }

        var value = new double[all.Count];
        for (var k = 0; k < all.Count; k++)
        {
            value[k] = ValueAlone(all[k], orders, unservedPenalty);
        }

        var keep = new HashSet<int>();
        var position = new Dictionary<CandidateClass, int>(ReferenceEqualityComparer.Instance);
        for (var k = 0; k < all.Count; k++)
        {
            position[all[k]] = k;
        }

        foreach (var (k, _) in start.Classes)
        {
            keep.Add(position[k]);
        }

        var byOrder = new List<int>[orders.Count];
        for (var o = 0; o < orders.Count; o++)
        {
            byOrder[o] = [];
        }

        for (var k = 0; k < all.Count; k++)
        {
            if (double.IsFinite(value[k]))
            {
                foreach (var (o, _) in all[k].Orders)
                {
                    byOrder[o].Add(k);
                }
            }
        }

        foreach (var list in byOrder)
        {
            var ranked = list.OrderByDescending(k => value[k]).ThenBy(k => k).ToList();
            keep.UnionWith(ranked.Take(perOrder));
            if (perInstitution > 0)
            {
                keep.UnionWith(ranked.GroupBy(k => all[k].Site.Institution.Id, StringComparer.Ordinal).SelectMany(g => g.Take(perInstitution)));
            }
        }

        var chosen = keep.Count <= limit
            ? keep
            : [.. keep.OrderByDescending(k => start.Classes.Any(c => ReferenceEquals(c.Class, all[k])) ? double.PositiveInfinity : value[k]).ThenBy(k => k).Take(limit)];
        return [.. chosen.Order().Select(k => all[k])];
    }

    /// <summary>Net saving of opening the class on its own, filled by priority within capacity and chunk rules.</summary>
    private static double ValueAlone(CandidateClass k, IReadOnlyList<DemandItem> orders, double unservedPenalty)
    {
        var free = k.Capacity;
        var size = 0;
        var value = -k.FixedCost;
        foreach (var (o, perTrainee) in k.Orders.OrderByDescending(e => orders[e.Order].Priority).ThenBy(e => e.PerTrainee).ThenBy(e => e.Order))
        {
            var take = GreedyPlanner.Chunk(orders[o], orders[o].Trainees, free);
            free -= take;
            size += take;
            value += take * ((orders[o].Priority * unservedPenalty) - perTrainee);
        }

        return size >= k.Course.MinSize ? value : double.NegativeInfinity;
    }
}
