namespace OrderMatch.Solver.Assignment;

/// <summary>
/// A complete assignment (every job on one agent) with its cost and agent loads kept up to date as jobs move.
/// Feasible when no load exceeds its capacity.
/// </summary>
public sealed class GapAssignment
{
    private readonly GapInstance _instance;
    private readonly int[] _agentOf;
    private readonly long[] _load;

    public GapAssignment(GapInstance instance, ReadOnlySpan<int> agentOf)
    {
        if (agentOf.Length != instance.Jobs)
        {
            throw new ArgumentException($"An assignment of {instance.Name} needs an agent for each of its {instance.Jobs} jobs, not {agentOf.Length}.", nameof(agentOf));
        }

        _instance = instance;
        _agentOf = agentOf.ToArray();
        _load = new long[instance.Agents];
        for (var j = 0; j < _agentOf.Length; j++)
        {
            var i = _agentOf[j];
            if ((uint)i >= (uint)instance.Agents)
            {
                throw new ArgumentException($"Job {j} of {instance.Name} is given agent {i}; agents are 0…{instance.Agents - 1}.", nameof(agentOf));
            }

            _load[i] += instance.Resource[i, j];
            Cost += instance.Cost[i, j];
        }

        for (var i = 0; i < _load.Length; i++)
        {
            Overload += Math.Max(0, _load[i] - instance.Capacity[i]);
        }
    }

    public GapInstance Instance => _instance;

    public long Cost { get; private set; }

    /// <summary>Σ over agents of the load above capacity; 0 means feasible.</summary>
    public long Overload { get; private set; }

    public bool IsFeasible => Overload == 0;

    public IReadOnlyList<int> AgentOf => _agentOf;

    public int Agent(int job) => _agentOf[job];

    public long Load(int agent) => _load[agent];

    public long Slack(int agent) => _instance.Capacity[agent] - _load[agent];

    /// <summary>Moves <paramref name="job"/> to <paramref name="agent"/>.</summary>
    public void Move(int job, int agent)
    {
        var from = _agentOf[job];
        if (from == agent)
        {
            return;
        }

        Overload -= Excess(from) + Excess(agent);
        _load[from] -= _instance.Resource[from, job];
        _load[agent] += _instance.Resource[agent, job];
        Overload += Excess(from) + Excess(agent);
        Cost += _instance.Cost[agent, job] - _instance.Cost[from, job];
        _agentOf[job] = agent;
    }

    /// <summary>How much <see cref="Overload"/> would change if <paramref name="agent"/>'s load changed by <paramref name="change"/>.</summary>
    public long OverloadChange(int agent, long change)
    {
        var load = _load[agent];
        var capacity = _instance.Capacity[agent];
        return Math.Max(0, load + change - capacity) - Math.Max(0, load - capacity);
    }

    /// <summary>How much <see cref="Cost"/> would change if jobs <paramref name="j1"/> and <paramref name="j2"/> traded agents.</summary>
    public long SwapCostChange(int j1, int j2)
    {
        var (p, q) = (_agentOf[j1], _agentOf[j2]);
        return _instance.Cost[q, j1] + _instance.Cost[p, j2] - _instance.Cost[p, j1] - _instance.Cost[q, j2];
    }

    /// <summary>How much <see cref="Overload"/> would change if jobs <paramref name="j1"/> and <paramref name="j2"/> traded agents.</summary>
    public long SwapOverloadChange(int j1, int j2)
    {
        var (p, q) = (_agentOf[j1], _agentOf[j2]);
        return OverloadChange(p, _instance.Resource[p, j2] - _instance.Resource[p, j1])
               + OverloadChange(q, _instance.Resource[q, j1] - _instance.Resource[q, j2]);
    }

    public GapAssignment Copy() => new(_instance, _agentOf);

    private long Excess(int agent) => Math.Max(0, _load[agent] - _instance.Capacity[agent]);
}
