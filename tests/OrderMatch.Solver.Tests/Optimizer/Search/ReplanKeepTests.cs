using OrderMatch.Domain.Checking;
using OrderMatch.Domain.Generation;
using OrderMatch.Domain.Model;
using static OrderMatch.Solver.Tests.Optimizer.Builders.Solving;

namespace OrderMatch.Solver.Tests.Optimizer.Search;

/// <summary>
/// Re-planning starts from the plan in force: its classes are among the candidates and re-opened first, so a re-plan of
/// unchanged demand is never worse than keeping the plan as it is, and its change count is what the objective charges.
/// </summary>
public class ReplanKeepTests
{
    private static SolveOptions Limits { get; } = new()
    {
        TimeLimitSeconds = 600,
        MaxMipCandidates = 150,
        MipCandidatesPerOrder = 3,
        SliceMipNodes = 20,
        NeighbourhoodMipNodes = 10,
        NeighbourhoodsPerSecond = 2.0 / 600,
        RedivesPerSecond = 2.0 / 600,
    };

    [Fact]
    public void A_re_plan_of_unchanged_demand_is_no_worse_than_the_plan_in_force()
    {
        var city = ScenarioGenerator.Generate(Tier.S, 3);
        // The plan in force came from a longer search than the re-plan gets, so the re-plan could not find it again alone.
        var inForce = PlanOptimizer.Solve(city, Limits with { SliceMipNodes = 200, NeighbourhoodMipNodes = 50, NeighbourhoodsPerSecond = 6.0 / 600 }).Plan;
        var again = city with { PreviousPlan = new PreviousPlan { Classes = inForce.Classes } };

        var replan = PlanOptimizer.Solve(again, Limits).Plan;

        AssertPasses(again, replan);
        var index = new ScenarioIndex(again);
        var keepingAll = PlanEvaluator.Objective(index, inForce.Classes, inForce.Unassigned);
        Assert.Equal(0, keepingAll.Changes);
        Assert.True(replan.Objective.Total <= keepingAll.Total + 0.01,
            $"the re-plan costs {replan.Objective.Total:#,0.00}, keeping the plan in force {keepingAll.Total:#,0.00}");
        var changed = inForce.Classes.Count(p => !replan.Classes.Any(c => c.Id == p.Id && c.Institution == p.Institution
            && c.Trainer == p.Trainer && c.Room == p.Room && c.StartWeek == p.StartWeek && c.Pattern.SequenceEqual(p.Pattern)));
        Assert.Equal(changed * again.Policy.ChangePenalty, replan.Objective.Components.Changes, 2);
    }
}
