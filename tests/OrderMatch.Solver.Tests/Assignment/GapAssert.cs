using OrderMatch.Solver.Assignment;

namespace OrderMatch.Solver.Tests.Assignment;

internal static class GapAssert
{
    /// <summary>The assignment's cost is what its jobs cost, and no agent carries more than its capacity.</summary>
    public static void Feasible(GapInstance instance, GapAssignment assignment)
    {
        var load = new long[instance.Agents];
        var cost = 0L;
        for (var j = 0; j < instance.Jobs; j++)
        {
            var i = assignment.Agent(j);
            load[i] += instance.Resource[i, j];
            cost += instance.Cost[i, j];
        }

        Assert.Equal(cost, assignment.Cost);
        for (var i = 0; i < instance.Agents; i++)
        {
            Assert.True(load[i] <= instance.Capacity[i], $"agent {i} carries {load[i]} > capacity {instance.Capacity[i]}");
        }
    }
}
