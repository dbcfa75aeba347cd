namespace OrderMatch.Solver.Planning;

/// <summary>
/// Orders that no class of any valid plan can hold, found without enumerating classes. A class holding an order sits
/// at one of its eligible sites, has a pattern and start week that suit the order (H6, H7), a trainer who may teach
/// there and is free at every session (H3, H8, H12), an open room (H9), and at least the course's minimum size of
/// trainees from orders that may join that same site, pattern and week (H5). When no site × pattern × week offers all
/// of that — even ignoring what other classes take — the order is unservable in every plan, so the lower bound may
/// count it at its full penalty.
/// First, per course, an order is hopeless when at every pattern × week that suits it even all the course's orders
/// together stay below the minimum size (no site can do better). The site-by-site scan then looks for the others; it
/// is counted in order steps, and once <see cref="MaxSteps"/> are spent the course being scanned and those after it
/// claim only their hopeless orders (fewer claims only weaken the bound, never make it wrong).
/// </summary>
internal static class PoolReach
{
    /// <summary>The site-by-site scan's work limit over all courses.</summary>
    private const long MaxSteps = 400_000_000;

    /// <summary>The unreachable orders; each course space passed is also handed to <paramref name="ceilings"/> when given.</summary>
    public static HashSet<string> Unreachable(IEnumerable<CourseSpace> spaces, ClassCeilings? ceilings = null)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        var steps = 0L;
        foreach (var space in spaces)
        {
            ceilings?.Add(space);
            var reached = Hopeful(space);
            for (var o = 0; o < space.Orders.Count; o++)
            {
                if (!reached[o])
                {
                    result.Add(space.Orders[o].OrderId);
                }
            }

            // Hopeful orders start unreached; hopeless ones count as settled.
            var settled = reached.Select(r => !r).ToArray();
            var completed = steps <= MaxSteps;
            for (var s = 0; s < space.Sites.Count && completed; s++)
            {
                steps += Reach(space, s, settled);
                completed = steps <= MaxSteps;
            }

            for (var o = 0; o < space.Orders.Count && completed; o++)
            {
                if (!settled[o])
                {
                    result.Add(space.Orders[o].OrderId);
                }
            }
        }

        return result;
    }

    /// <summary>Orders with some suitable pattern × week at which the course's orders together reach the minimum size.</summary>
    private static bool[] Hopeful(CourseSpace space)
    {
        var weeks = space.Sessions.GetLength(1) - 1;
        var pool = space.Pools();

        var hopeful = new bool[space.Orders.Count];
        for (var o = 0; o < space.Orders.Count; o++)
        {
            for (var p = 0; p < space.Patterns.Count && !hopeful[o]; p++)
            {
                for (var w = 1; w <= weeks && !hopeful[o]; w++)
                {
                    hopeful[o] = space.Fits[o][p, w] && space.Sessions[p, w] is not null && pool[p, w] >= space.Course.MinSize;
                }
            }
        }

        return hopeful;
    }

    /// <summary>Marks the orders a class at site <paramref name="s"/> could hold; returns the steps it took.</summary>
    private static long Reach(CourseSpace space, int s, bool[] reached)
    {
        var site = space.Sites[s];
        var trainers = space.SiteTrainers[s];
        var orders = space.SiteOrders[s];
        if (trainers.Count == 0)
        {
            return 1;
        }

        var steps = (long)orders.Count;
        var unreached = 0;
        foreach (var o in orders)
        {
            unreached += reached[o] ? 0 : 1;
        }

        var weeks = space.Sessions.GetLength(1) - 1;
        for (var p = 0; p < space.Patterns.Count && unreached > 0; p++)
        {
            for (var w = 1; w <= weeks && unreached > 0; w++)
            {
                var sessions = space.Sessions[p, w];
                if (sessions is null)
                {
                    continue;
                }

                // One pass: the trainees who could pool here, and whether any of them is still unreached.
                steps += orders.Count;
                var pool = 0;
                var helps = false;
                foreach (var o in orders)
                {
                    if (space.Fits[o][p, w])
                    {
                        pool += space.Orders[o].Trainees;
                        helps |= !reached[o];
                    }
                }

                if (!helps || pool < space.Course.MinSize || !CandidateGenerator.BaseOpen(site, sessions)
                    || !trainers.Any(t => CandidateGenerator.TrainerAvailable(t, sessions)))
                {
                    continue;
                }

                foreach (var o in orders)
                {
                    if (!reached[o] && space.Fits[o][p, w])
                    {
                        reached[o] = true;
                        unreached--;
                    }
                }
            }
        }

        return steps;
    }
}
