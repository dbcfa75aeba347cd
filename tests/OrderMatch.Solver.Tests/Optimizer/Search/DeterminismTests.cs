using OrderMatch.Domain.Generation;
using OrderMatch.Domain.Json;
using OrderMatch.Domain.Model;
using OrderMatch.Solver.Tests.Cbc;
using static OrderMatch.Solver.Tests.Optimizer.Builders.Solving;

namespace OrderMatch.Solver.Tests.Optimizer.Search;

/// <summary>
/// The same scenario, seed, threads and limits give the same plan: work is limited by nodes, neighbourhood and dive
/// counts, and the time limit (generous here) is only an outer guard. A generated city is sliced by course, so the
/// large-neighbourhood search runs too. Models are kept small so the test stays quick. It runs alone: other tests
/// solving in the same process would add to the CPU time CBC's heuristics measure.
/// </summary>
[Collection(WallClockCollection.Name)]
public class DeterminismTests
{
    private static SolveOptions Limits(int seed) => new()
    {
        TimeLimitSeconds = 600,
        Seed = seed,
        MaxMipCandidates = 150,
        MipCandidatesPerOrder = 3,
        SliceMipNodes = 20,
        NeighbourhoodMipNodes = 10,
        NeighbourhoodsPerSecond = 4.0 / 600,
        RedivesPerSecond = 4.0 / 600,
    };

    private static (string Json, SolveReport Report) Run(Scenario scenario, int seed)
    {
        var report = PlanOptimizer.Solve(scenario, Limits(seed));
        return (Json(report), report);
    }

    [Fact]
    public void Two_runs_with_the_same_seed_give_the_same_plan()
    {
        var scenario = ScenarioGenerator.Generate(Tier.S, 2);

        var (first, report) = Run(scenario, seed: 5);
        var (second, _) = Run(scenario, seed: 5);

        Assert.True(report.Slices > 1, "the scenario should be sliced");
        Assert.Equal(4, report.NeighbourhoodsTried);
        Assert.Equal(4, report.NeighbourhoodsRedived);
        AssertPasses(scenario, report.Plan);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Two_runs_on_two_threads_with_neighbourhoods_side_by_side_give_the_same_plan()
    {
        var scenario = ScenarioGenerator.Generate(Tier.S, 2);
        var limits = Limits(5) with { Threads = 2, SearchLanes = 2 };

        var report = PlanOptimizer.Solve(scenario, limits);
        var again = PlanOptimizer.Solve(scenario, limits);

        Assert.Equal(4, report.NeighbourhoodsTried);
        AssertPasses(scenario, report.Plan);
        Assert.Equal(Json(report), Json(again));
    }

    private static string Json(SolveReport report) =>
        FormatJson.Serialize(report.Plan with { Solver = report.Plan.Solver! with { Seconds = 0 } });
}
