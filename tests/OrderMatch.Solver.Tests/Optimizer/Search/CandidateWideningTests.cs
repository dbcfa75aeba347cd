using OrderMatch.Solver.Tests.Optimizer.Builders;
using static OrderMatch.Solver.Tests.Optimizer.Builders.Solving;

namespace OrderMatch.Solver.Tests.Optimizer.Search;

/// <summary>
/// A course space too large for one exact model is pruned to each site's nearest trainers; when that leaves far fewer
/// candidates than the budget, the space is widened to the trainers and patterns the pruning dropped.
/// </summary>
public class CandidateWideningTests
{
    /// <summary>Below the exhaustive size of the space (1 site × 3 trainers × 10 patterns × 2 weeks), so it is pruned.</summary>
    private const int Budget = 30;

    [Fact]
    public void The_third_nearest_trainer_teaches_when_the_two_nearest_are_away()
    {
        var scenario = ScenarioBuilder.Minimal()
            .Trainer("T2", km: 1)
            .Trainer("T3", km: 2)
            .Unavailable("T1", Dates.Range("2026-01-05", "2026-01-16"))
            .Unavailable("T2", Dates.Range("2026-01-05", "2026-01-16"))
            .Order("O1", 12)
            .Build();

        var report = PlanOptimizer.Solve(scenario, Options with { MaxCandidatesPerModel = Budget });

        AssertPasses(scenario, report.Plan);
        Assert.Equal(1, report.Slices);
        Assert.Empty(report.Plan.Unassigned);
        Assert.Equal("T3", Assert.Single(report.Plan.Classes).Trainer);
        Assert.InRange(report.Candidates, 1, Budget);
    }
}
