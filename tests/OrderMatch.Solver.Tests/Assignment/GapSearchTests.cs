using OrderMatch.Solver.Assignment;

namespace OrderMatch.Solver.Tests.Assignment;

/// <summary>The GAP core's two searches beyond descent: tabu search and the agent neighbourhoods solved by CBC.</summary>
public sealed class GapSearchTests
{
    [Fact]
    public void Tabu_search_leaves_a_descent_optimum_for_cheaper_feasible_assignments_and_ends_when_it_stalls()
    {
        // d10100: type D, 10 agents × 100 jobs; the third instance of gapd.txt.
        var instance = GapReader.ReadFile(GapFiles.Path("gapd.txt"))[2];
        var start = LocalOptimum(instance);
        var offered = new List<GapAssignment>();
        var tabu = new GapTabuSearch(instance, seed: 1);
        const long ceiling = 2_000_000;

        tabu.Run(start.Copy(), stallRestarts: 3, stop: () => tabu.Iterations >= ceiling, offered.Add);

        Assert.NotEmpty(offered);
        Assert.True(offered[0].Cost < start.Cost, $"first offer {offered[0].Cost} is not below the descent optimum {start.Cost}");
        for (var k = 0; k < offered.Count; k++)
        {
            GapAssert.Feasible(instance, offered[k]);
            Assert.True(k == 0 || offered[k].Cost < offered[k - 1].Cost, $"offer {k} ({offered[k].Cost}) is not cheaper than the one before");
        }

        Assert.True(tabu.Iterations < ceiling, "the search did not stop by itself after three fruitless returns to its best");
    }

    [Fact]
    public void Tabu_search_refuses_an_overloaded_start()
    {
        var instance = GapReader.Read("gap99.txt", "1 2 2  1 2 3 4  2 2 2 2  3 3")[0];

        var error = Assert.Throws<ArgumentException>(() =>
            new GapTabuSearch(instance, seed: 1).Run(new GapAssignment(instance, [0, 0]), 1, () => false, _ => { }));

        Assert.Contains("feasible", error.Message);
    }

    [Fact]
    public void A_neighbourhood_of_every_agent_re_assigns_all_jobs_optimally_and_then_the_search_is_exhausted()
    {
        // c515-1: 5 agents × 15 jobs, proven minimum 261 (benchmark README). Freeing 30 jobs would take every agent.
        var instance = GapReader.ReadFile(GapFiles.Path("gap1.txt"))[0];
        var assignment = LocalOptimum(instance);
        var search = new GapAgentSearch(instance, seed: 1, stepSeconds: 30);
        Assert.Equal(instance.Agents, search.Size);

        for (var step = 0; step < 2 && !search.Exhausted; step++)
        {
            search.Step(assignment, 30, CancellationToken.None);
        }

        Assert.Equal(261, assignment.Cost);
        GapAssert.Feasible(instance, assignment);
        Assert.True(search.Exhausted);
    }

    [Fact]
    public void Agent_neighbourhoods_never_raise_the_cost_nor_overload_an_agent()
    {
        // d20100: 20 agents × 100 jobs, so a neighbourhood holds some of the agents.
        var instance = GapReader.ReadFile(GapFiles.Path("gapd.txt"))[4];
        var assignment = LocalOptimum(instance);
        var search = new GapAgentSearch(instance, seed: 3, stepSeconds: 1);
        Assert.InRange(search.Size, 2, instance.Agents - 1);

        for (var step = 0; step < 15; step++)
        {
            var before = assignment.Cost;
            var gained = search.Step(assignment, 1, CancellationToken.None);

            Assert.Equal(gained, assignment.Cost < before);
            Assert.True(assignment.Cost <= before, $"step {step} raised the cost from {before} to {assignment.Cost}");
            GapAssert.Feasible(instance, assignment);
            Assert.InRange(search.Size, 2, instance.Agents);
        }

        Assert.Equal(15, search.Steps);
    }

    /// <summary>The regret construction on plain costs, then shift/swap/ejection descent: feasible on these instances.</summary>
    private static GapAssignment LocalOptimum(GapInstance instance)
    {
        var assignment = GapConstruction.Build(instance, (i, j) => instance.Cost[i, j]);
        new GapLocalSearch(instance, GapSolver.Penalty(instance)).Descend(assignment, () => false);
        GapAssert.Feasible(instance, assignment);
        return assignment;
    }
}
