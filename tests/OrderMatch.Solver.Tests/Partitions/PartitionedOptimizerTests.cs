using OrderMatch.Domain.Generation;
using OrderMatch.Domain.Model;
using OrderMatch.Solver.Greedy;
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

    /// <summary>
    /// The merged plan reports the bound the whole scenario proves, raised by the institutions' weekly class limits, not
    /// one of the repair alone (its kept classes pinned) and not the separable bound; plans found another way stay above it.
    /// </summary>
    [Fact]
    public void A_merged_plan_reports_the_whole_scenario_bound_raised_by_the_weekly_class_limits()
    {
        var scenario = ScenarioGenerator.Generate(Tier.S, seed: 1);
        // The relaxation may take what it needs however loaded the machine, so the bound is always the raised one.
        var options = new SolveOptions { TimeLimitSeconds = 12, CapacityBoundShare = 1 };

        var result = PartitionedOptimizer.Solve(scenario, 2, options);

        var index = new ScenarioIndex(scenario);
        var separable = WholeScenarioBound.Of(index, [], seconds: 0, CancellationToken.None);
        var raised = WholeScenarioBound.Of(index, [], seconds: 60, CancellationToken.None);
        Assert.True(raised > separable * 1.05, $"raised {raised:N2}, separable {separable:N2}");
        Assert.Equal(Math.Round(raised, 2, MidpointRounding.ToZero), result.Plan.Solver!.Bound!.Value, 2);
        Assert.True(raised <= result.Plan.Objective.Total);
        Assert.True(raised <= FcfsPlanner.Plan(scenario).Objective.Total);
    }
}
