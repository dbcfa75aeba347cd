namespace OrderMatch.Solver.Assignment;

/// <summary>
/// Tabu search with strategic oscillation: each iteration makes the best shift or swap move on
/// <c>cost + α · overload</c>, even when it is worse, except moves that would put a job back on an agent it left within
/// the tenure (unless the move gives a feasible assignment cheaper than any found). α grows while the assignment is
/// overloaded and shrinks while it fits, so the search crosses the capacity boundary in both directions instead of
/// stopping at the first local optimum. After a long run without a better feasible assignment it goes back to the best,
/// and after several such returns in a row it stops.
/// </summary>
internal sealed class GapTabuSearch
{
    /// <summary>Factor by which α moves each iteration.</summary>
    private const double PenaltyStep = 1.05;

    /// <summary>Iterations without a better feasible assignment, per job, after which the search returns to its best.</summary>
    private const int RestartPerJob = 20;

    private const int MinimumRestart = 1_000;

    /// <summary>The tenure is drawn from [t, 2t) with t = TenureScale · √jobs (at least 3): short tenures searched best on types D and E.</summary>
    private const double TenureScale = 0.5;

    private readonly GapInstance _instance;
    private readonly Random _random;
    private readonly long[,] _tabuUntil;
    private readonly double _minPenalty;
    private readonly double _maxPenalty;
    private double _penalty;

    public GapTabuSearch(GapInstance instance, int seed)
    {
        _instance = instance;
        _random = new Random(seed);
        _tabuUntil = new long[instance.Agents, instance.Jobs];
        double cost = 0, resource = 0;
        foreach (var c in instance.Cost)
        {
            cost += c;
        }

        foreach (var r in instance.Resource)
        {
            resource += r;
        }

        // α starts at the average cost of one unit of resource and stays within three orders of magnitude of it.
        var unit = Math.Max(1e-3, cost / Math.Max(1, resource));
        _penalty = unit;
        _minPenalty = unit / 1000;
        _maxPenalty = unit * 1000;
    }

    public long Iterations { get; private set; }

    /// <summary>
    /// Searches from <paramref name="current"/>, a feasible assignment, until <paramref name="stop"/> says so or
    /// <paramref name="stallRestarts"/> returns to the best in a row found nothing better; every better feasible
    /// assignment goes to <paramref name="offer"/>.
    /// </summary>
    public void Run(GapAssignment current, int stallRestarts, Func<bool> stop, Action<GapAssignment> offer)
    {
        if (!current.IsFeasible)
        {
            throw new ArgumentException("The tabu search starts from a feasible assignment.", nameof(current));
        }

        var best = current.Copy();
        var restartAfter = Math.Max(MinimumRestart, RestartPerJob * (long)_instance.Jobs);
        var sinceBest = 0L;
        var restarts = 0;
        while (restarts < stallRestarts && !stop())
        {
            Iterations++;
            if (!Move(current, best.Cost))
            {
                break;
            }

            _penalty = current.IsFeasible ? Math.Max(_minPenalty, _penalty / PenaltyStep) : Math.Min(_maxPenalty, _penalty * PenaltyStep);
            if (current.IsFeasible && current.Cost < best.Cost)
            {
                best = current.Copy();
                offer(best);
                sinceBest = 0;
                restarts = 0;
            }
            else if (++sinceBest >= restartAfter)
            {
                for (var j = 0; j < _instance.Jobs; j++)
                {
                    current.Move(j, best.Agent(j));
                }

                sinceBest = 0;
                restarts++;
            }
        }
    }

    /// <summary>Makes the best admissible shift or swap; false when no move is admissible.</summary>
    private bool Move(GapAssignment a, long bestKnown)
    {
        var bestDelta = double.PositiveInfinity;
        (int Job, int To, int Other) move = (-1, -1, -1);
        var ties = 0;
        void Consider(double delta, int job, int to, int other)
        {
            if (delta < bestDelta - 1e-9)
            {
                bestDelta = delta;
                move = (job, to, other);
                ties = 1;
            }
            else if (delta <= bestDelta + 1e-9 && _random.Next(++ties) == 0)
            {
                move = (job, to, other);
            }
        }

        var overload = a.Overload;
        for (var j = 0; j < _instance.Jobs; j++)
        {
            var p = a.Agent(j);
            var leave = a.OverloadChange(p, -_instance.Resource[p, j]);
            for (var q = 0; q < _instance.Agents; q++)
            {
                if (q == p)
                {
                    continue;
                }

                var costChange = _instance.Cost[q, j] - _instance.Cost[p, j];
                var overloadChange = leave + a.OverloadChange(q, _instance.Resource[q, j]);
                var tabu = _tabuUntil[q, j] > Iterations;
                if (!tabu || Aspires(a, costChange, overload + overloadChange, bestKnown))
                {
                    Consider(costChange + (_penalty * overloadChange), j, q, -1);
                }
            }
        }

        for (var j1 = 0; j1 < _instance.Jobs; j1++)
        {
            var p = a.Agent(j1);
            for (var j2 = j1 + 1; j2 < _instance.Jobs; j2++)
            {
                var q = a.Agent(j2);
                if (p == q)
                {
                    continue;
                }

                var costChange = a.SwapCostChange(j1, j2);
                var overloadChange = a.SwapOverloadChange(j1, j2);
                var tabu = _tabuUntil[q, j1] > Iterations || _tabuUntil[p, j2] > Iterations;
                if (!tabu || Aspires(a, costChange, overload + overloadChange, bestKnown))
                {
                    Consider(costChange + (_penalty * overloadChange), j1, q, j2);
                }
            }
        }

        if (move.Job < 0)
        {
            return false;
        }

        var tenure = Tenure();
        var from = a.Agent(move.Job);
        _tabuUntil[from, move.Job] = Iterations + tenure;
        if (move.Other >= 0)
        {
            _tabuUntil[move.To, move.Other] = Iterations + tenure;
            a.Move(move.Other, from);
        }

        a.Move(move.Job, move.To);
        return true;
    }

    /// <summary>A tabu move is allowed when it gives a feasible assignment cheaper than any found.</summary>
    private static bool Aspires(GapAssignment a, long costChange, long overloadAfter, long bestKnown) =>
        overloadAfter == 0 && a.Cost + costChange < bestKnown;

    /// <summary>Iterations a job may not return to the agent it left: random, growing slowly with the instance.</summary>
    private int Tenure()
    {
        var low = Math.Max(3, (int)(TenureScale * Math.Sqrt(_instance.Jobs)));
        return low + _random.Next(low);
    }
}
