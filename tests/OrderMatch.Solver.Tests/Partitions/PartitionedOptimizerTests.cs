using OrderMatch.Domain.Generation;
using OrderMatch.Solver.Partitions;
using static OrderMatch.Solver.Tests.Optimizer.Builders.Solving;

namespace OrderMatch.Solver.Tests.Partitions;

/// <summary>A city-sized scenario solved in partitions: one plan that keeps every hard rule, with a bound below it.</summary>
public sealed class PartitionedOptimizerTests
{
    [Fact]
    public void A_tier_S_scenario_solved_in_two_partitions_gives_one_valid_plan()
    {
        var scenario = ScenarioGenerator.Generate(Tier.S, seed: 1);

        var result = PartitionedOptimizer.Solve(scenario, 2, new SolveOptions { TimeLimitSeconds = 12 });

        AssertPasses(scenario, result.Plan);
        Assert.True(result.Plan.Kpis.Coverage > 0.25, $"coverage {result.Plan.Kpis.Coverage}");
        Assert.True(result.KeptClasses > 0);
        Assert.True(result.Plan.Solver!.Bound <= result.Plan.Objective.Total);
        Assert.Equal(result.Plan.Classes.Count, result.Plan.Classes.Select(c => c.Id).Distinct().Count());
    }
}
