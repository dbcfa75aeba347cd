namespace OrderMatch.Solver.Planning;

/// <summary>
/// Orders that no class of any valid plan can hold, found without enumerating classes. A class holding an order sits
/// at one of its eligible sites, has a pattern and start week that suit the order (H6, H7), a trainer who may teach
/// there and is free at every session (H3, H8, H12), an open room (H9), and at least the course's minimum size of
/// trainees from orders that may join that same site, pattern and week (H5). When no site × pattern × week offers all
/// of that — even ignoring what other classes take — the order is unservable in every plan, so the lower bound may
/// count it at its full penalty.
/// </summary>
internal static class PoolReach
{
    public static HashSet<string> Unreachable(IEnumerable<CourseSpace> spaces)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var space in spaces)
        {
            var reached = new bool[space.Orders.Count];
            for (var s = 0; s < space.Sites.Count; s++)
            {
                Reach(space, s, reached);
            }

            for (var o = 0; o < space.Orders.Count; o++)
            {
                if (!reached[o])
                {
                    result.Add(space.Orders[o].OrderId);
                }
            }
        }

        return result;
    }

    private static void Reach(CourseSpace space, int s, bool[] reached)
    {
        var site = space.Sites[s];
        var trainers = space.SiteTrainers[s];
        var orders = space.SiteOrders[s];
        if (trainers.Count == 0)
        {
            return;
        }

        var weeks = space.Sessions.GetLength(1) - 1;
        for (var p = 0; p < space.Patterns.Count; p++)
        {
            for (var w = 1; w <= weeks; w++)
            {
                if (orders.All(o => reached[o]))
                {
                    return;
                }

                var sessions = space.Sessions[p, w];
                if (sessions is null || !orders.Any(o => !reached[o] && space.Fits[o][p, w]))
                {
                    continue;
                }

                var pool = orders.Where(o => space.Fits[o][p, w]).Sum(o => space.Orders[o].Trainees);
                if (pool < space.Course.MinSize || !CandidateGenerator.BaseOpen(site, sessions)
                    || !trainers.Any(t => CandidateGenerator.TrainerAvailable(t, sessions)))
                {
                    continue;
                }

                foreach (var o in orders)
                {
                    reached[o] |= space.Fits[o][p, w];
                }
            }
        }
    }
}
