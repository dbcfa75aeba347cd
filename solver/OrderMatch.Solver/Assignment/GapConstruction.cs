namespace OrderMatch.Solver.Assignment;

/// <summary>
/// Regret construction (Martello–Toth style): repeatedly place the job whose best agent is most clearly better than its
/// second best, among agents that still have room, weighing agents by <paramref name="weight"/> (e.g. Lagrangian
/// priced costs). A job no agent has room for goes where it overloads least; local search repairs that.
/// </summary>
internal static class GapConstruction
{
    public static GapAssignment Build(GapInstance instance, Func<int, int, double> weight)
    {
        var m = instance.Agents;
        var n = instance.Jobs;
        var residual = instance.Capacity.Select(c => (long)c).ToArray();
        var agentOf = new int[n];
        var open = Enumerable.Range(0, n).ToList();
        var w = new double[m, n];
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < n; j++)
            {
                w[i, j] = weight(i, j);
            }
        }

        while (open.Count > 0)
        {
            var pick = -1;
            var pickAgent = 0;
            var pickRegret = double.NegativeInfinity;
            for (var k = 0; k < open.Count; k++)
            {
                var j = open[k];
                var (agent, regret) = Regret(instance, w, residual, j);
                if (regret > pickRegret)
                {
                    pickRegret = regret;
                    pick = k;
                    pickAgent = agent;
                }
            }

            var job = open[pick];
            open[pick] = open[^1];
            open.RemoveAt(open.Count - 1);
            agentOf[job] = pickAgent;
            residual[pickAgent] -= instance.Resource[pickAgent, job];
        }

        return new GapAssignment(instance, agentOf);
    }

    private static (int Agent, double Regret) Regret(GapInstance instance, double[,] w, long[] residual, int job)
    {
        var best = -1;
        var bestWeight = double.PositiveInfinity;
        var second = double.PositiveInfinity;
        var leastOver = 0;
        var leastOverAmount = long.MaxValue;
        for (var i = 0; i < instance.Agents; i++)
        {
            var need = instance.Resource[i, job];
            if (need <= residual[i])
            {
                var value = w[i, job];
                if (value < bestWeight)
                {
                    second = bestWeight;
                    bestWeight = value;
                    best = i;
                }
                else if (value < second)
                {
                    second = value;
                }
            }
            else if (need - residual[i] < leastOverAmount)
            {
                leastOverAmount = need - residual[i];
                leastOver = i;
            }
        }

        // No room anywhere: place it first, where it overloads least. One agent left: place it before it loses that one.
        if (best < 0)
        {
            return (leastOver, double.MaxValue);
        }

        return double.IsPositiveInfinity(second) ? (best, double.MaxValue / 2) : (best, second - bestWeight);
    }
}
