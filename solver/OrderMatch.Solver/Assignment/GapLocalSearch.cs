namespace OrderMatch.Solver.Assignment;

/// <summary>
/// Descent over shift (one job to another agent) and swap (two jobs on different agents trade places) moves on the
/// penalised cost <c>cost + penalty · overload</c>, so it repairs an overloaded assignment and improves a feasible one.
/// </summary>
internal sealed class GapLocalSearch(GapInstance instance, long penalty)
{
    /// <summary>Applies improving moves until none is left or <paramref name="stop"/> says so.</summary>
    public void Descend(GapAssignment a, Func<bool> stop)
    {
        var improved = true;
        while (improved && !stop())
        {
            improved = ShiftPass(a);
            improved |= SwapPass(a, stop);
            if (!improved && a.IsFeasible && !stop())
            {
                improved = EjectionPass(a);
            }
        }
    }

    /// <summary>
    /// Ejection chains of length two on a feasible assignment: job j moves to agent q although q lacks room, and a job k
    /// of q moves on to an agent r that has room for it (r may be j's old agent), so that every agent stays within capacity.
    /// </summary>
    private bool EjectionPass(GapAssignment a)
    {
        var improved = false;
        var jobsOf = new List<int>[instance.Agents];
        for (var i = 0; i < instance.Agents; i++)
        {
            jobsOf[i] = [];
        }

        for (var j = 0; j < instance.Jobs; j++)
        {
            jobsOf[a.Agent(j)].Add(j);
        }

        for (var j = 0; j < instance.Jobs; j++)
        {
            var p = a.Agent(j);
            var best = 0L;
            (int Q, int K, int R) move = (-1, -1, -1);
            for (var q = 0; q < instance.Agents; q++)
            {
                var excess = instance.Resource[q, j] - a.Slack(q);
                if (q == p || excess <= 0)
                {
                    continue;
                }

                var first = instance.Cost[q, j] - instance.Cost[p, j];
                foreach (var k in jobsOf[q])
                {
                    if (instance.Resource[q, k] < excess)
                    {
                        continue;
                    }

                    for (var r = 0; r < instance.Agents; r++)
                    {
                        if (r == q)
                        {
                            continue;
                        }

                        var room = r == p ? a.Slack(p) + instance.Resource[p, j] : a.Slack(r);
                        var delta = first + instance.Cost[r, k] - instance.Cost[q, k];
                        if (delta < best && instance.Resource[r, k] <= room)
                        {
                            best = delta;
                            move = (q, k, r);
                        }
                    }
                }
            }

            if (move.Q >= 0)
            {
                a.Move(j, move.Q);
                a.Move(move.K, move.R);
                jobsOf[p].Remove(j);
                jobsOf[move.Q].Add(j);
                jobsOf[move.Q].Remove(move.K);
                jobsOf[move.R].Add(move.K);
                improved = true;
            }
        }

        return improved;
    }

    private bool ShiftPass(GapAssignment a)
    {
        var improved = false;
        for (var j = 0; j < instance.Jobs; j++)
        {
            var from = a.Agent(j);
            var bestAgent = from;
            var bestDelta = 0L;
            for (var to = 0; to < instance.Agents; to++)
            {
                if (to == from)
                {
                    continue;
                }

                var delta = instance.Cost[to, j] - instance.Cost[from, j]
                            + (penalty * (a.OverloadChange(from, -instance.Resource[from, j]) + a.OverloadChange(to, instance.Resource[to, j])));
                if (delta < bestDelta)
                {
                    bestDelta = delta;
                    bestAgent = to;
                }
            }

            if (bestAgent != from)
            {
                a.Move(j, bestAgent);
                improved = true;
            }
        }

        return improved;
    }

    private bool SwapPass(GapAssignment a, Func<bool> stop)
    {
        var improved = false;
        for (var j1 = 0; j1 < instance.Jobs; j1++)
        {
            if ((j1 & 63) == 0 && stop())
            {
                return improved;
            }

            for (var j2 = j1 + 1; j2 < instance.Jobs; j2++)
            {
                var p = a.Agent(j1);
                var q = a.Agent(j2);
                if (p == q)
                {
                    continue;
                }

                var costDelta = a.SwapCostChange(j1, j2);
                if (costDelta >= 0 && a.Overload == 0)
                {
                    continue;
                }

                var delta = costDelta + (penalty * a.SwapOverloadChange(j1, j2));
                if (delta < 0)
                {
                    a.Move(j1, q);
                    a.Move(j2, p);
                    improved = true;
                }
            }
        }

        return improved;
    }
}
