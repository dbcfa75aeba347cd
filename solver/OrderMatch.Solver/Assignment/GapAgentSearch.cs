using OrderMatch.Solver.Cbc;

namespace OrderMatch.Solver.Assignment;

/// <summary>
/// Large-neighbourhood search over agents: a neighbourhood is a few agents; every job they hold is freed and CBC
/// re-assigns those jobs among those agents exactly, from the current assignment as its start, so a step never makes
/// the assignment worse. The first agent is drawn at random; the others are drawn with a bias towards agents related to
/// those already in (a job of one could move to the other cheaply), so the freed jobs can trade places. The number of
/// agents grows while sub-problems are solved to optimality and a round of them, as many as cover every agent once,
/// brings no gain; it shrinks when one runs out of time.
/// </summary>
internal sealed class GapAgentSearch
{
    /// <summary>Jobs freed by the first neighbourhoods, whatever the instance's jobs per agent.</summary>
    private const int FirstFreedJobs = 30;

    /// <summary>Exponent of the biased draw: an agent's rank among the unchosen, by relatedness, is ⌊count · u^Bias⌋.</summary>
    private const double Bias = 3;

    private readonly GapInstance _instance;
    private readonly Random _random;
    private readonly double _stepSeconds;
    private readonly string? _executable;
    private int _sinceGain;

    /// <param name="executable">
    /// The cbc executable that solves each neighbourhood in a process of its own, or <c>null</c> to solve in this process.
    /// </param>
    public GapAgentSearch(GapInstance instance, int seed, double stepSeconds, string? executable = null)
    {
        _instance = instance;
        _random = new Random(seed);
        _stepSeconds = stepSeconds;
        _executable = executable;
        var perAgent = Math.Max(1.0, (double)instance.Jobs / instance.Agents);
        Size = Math.Clamp((int)Math.Ceiling(FirstFreedJobs / perAgent), Math.Min(2, instance.Agents), instance.Agents);
    }

    /// <summary>Agents in the next neighbourhood.</summary>
    public int Size { get; private set; }

    public int Steps { get; private set; }

    /// <summary>True once every agent is in one neighbourhood and it was solved to optimality: nothing is left to find.</summary>
    public bool Exhausted { get; private set; }

    /// <summary>Re-assigns the jobs of one neighbourhood optimally (within <paramref name="seconds"/>); true if the cost fell.</summary>
    public bool Step(GapAssignment a, double seconds, CancellationToken cancellationToken)
    {
        var agents = Draw(a);
        var jobs = new List<int>();
        for (var j = 0; j < _instance.Jobs; j++)
        {
            if (agents.Contains(a.Agent(j)))
            {
                jobs.Add(j);
            }
        }

        Steps++;
        // Agents that hold no job have nothing to re-assign: that neighbourhood is trivially optimal.
        var (solved, proven) = jobs.Count == 0
            ? (null, true)
            : Solve(a, [.. agents], jobs, Math.Min(seconds, _stepSeconds), cancellationToken);
        var gained = solved is not null && Apply(a, jobs, solved);
        if (gained)
        {
            _sinceGain = 0;
        }
        else if (!proven)
        {
            Size = Math.Max(Math.Min(2, _instance.Agents), Size - 1);
            _sinceGain = 0;
        }
        else if (Size == _instance.Agents)
        {
            // The whole instance was solved to optimality from the current assignment.
            Exhausted = true;
        }
        else if (++_sinceGain * Size >= _instance.Agents)
        {
            // A round that could have covered every agent once gained nothing: larger neighbourhoods.
            Size = Math.Min(_instance.Agents, Size + 1);
            _sinceGain = 0;
        }

        return gained;
    }

    private HashSet<int> Draw(GapAssignment a)
    {
        var chosen = new HashSet<int> { _random.Next(_instance.Agents) };
        var freed = new List<int>();
        while (chosen.Count < Size)
        {
            freed.Clear();
            for (var j = 0; j < _instance.Jobs; j++)
            {
                if (chosen.Contains(a.Agent(j)))
                {
                    freed.Add(j);
                }
            }

            var others = new List<(long Relatedness, int Agent)>();
            for (var i = 0; i < _instance.Agents; i++)
            {
                if (!chosen.Contains(i))
                {
                    others.Add((Relatedness(a, i, chosen, freed), i));
                }
            }

            others.Sort();
            var rank = (int)(others.Count * Math.Pow(_random.NextDouble(), Bias));
            chosen.Add(others[Math.Min(rank, others.Count - 1)].Agent);
        }

        return chosen;
    }

    /// <summary>
    /// How cheaply jobs could trade between agent <paramref name="i"/> and the chosen ones: the least extra cost of moving
    /// a freed job onto i plus the least extra cost of moving one of i's jobs onto a chosen agent (lower is closer).
    /// </summary>
    private long Relatedness(GapAssignment a, int i, HashSet<int> chosen, List<int> freed)
    {
        var into = long.MaxValue / 4;
        foreach (var j in freed)
        {
            into = Math.Min(into, _instance.Cost[i, j] - _instance.Cost[a.Agent(j), j]);
        }

        var outOf = long.MaxValue / 4;
        for (var j = 0; j < _instance.Jobs; j++)
        {
            if (a.Agent(j) != i)
            {
                continue;
            }

            foreach (var c in chosen)
            {
                outOf = Math.Min(outOf, _instance.Cost[c, j] - _instance.Cost[i, j]);
            }
        }

        return into + outOf;
    }

    /// <summary>The sub-problem, a GAP of its own: the freed jobs over the chosen agents at their whole capacities.</summary>
    private (int[]? AgentOf, bool Proven) Solve(GapAssignment a, int[] agents, List<int> jobs, double seconds, CancellationToken cancellationToken)
    {
        var cost = new int[agents.Length, jobs.Count];
        var resource = new int[agents.Length, jobs.Count];
        for (var k = 0; k < agents.Length; k++)
        {
            for (var t = 0; t < jobs.Count; t++)
            {
                cost[k, t] = _instance.Cost[agents[k], jobs[t]];
                resource[k, t] = _instance.Resource[agents[k], jobs[t]];
            }
        }

        var sub = new GapInstance(_instance.Name + "_agents", agents.Length, jobs.Count, cost, resource, [.. agents.Select(i => _instance.Capacity[i])]);
        using var model = new GapModel(sub);
        model.SetStart(new GapAssignment(sub, [.. jobs.Select(j => Array.IndexOf(agents, a.Agent(j)))]));
        CbcResult result;
        try
        {
            result = model.Solve(GapModel.Exact(Math.Max(GapSolver.MinimumMipSeconds, seconds)) with { Executable = _executable }, cancellationToken);
        }
        catch (CbcException) when (_executable is not null && !cancellationToken.IsCancellationRequested)
        {
            // The process ended without a solution (it aborted): this neighbourhood is given up, the search goes on.
            return (null, false);
        }

        return model.Read(result) is { } solved
            ? ([.. solved.AgentOf.Select(k => agents[k])], result.Status == CbcStatus.Optimal)
            : (null, false);
    }

    /// <summary>Moves the freed jobs to their new agents if that lowers the cost and keeps every capacity; true if so.</summary>
    private static bool Apply(GapAssignment a, List<int> jobs, int[] agentOf)
    {
        var before = (a.Cost, a.Overload);
        var old = jobs.Select(a.Agent).ToArray();
        for (var t = 0; t < jobs.Count; t++)
        {
            a.Move(jobs[t], agentOf[t]);
        }

        if (a.Overload <= before.Overload && a.Cost < before.Cost)
        {
            return true;
        }

        for (var t = 0; t < jobs.Count; t++)
        {
            a.Move(jobs[t], old[t]);
        }

        return false;
    }
}
