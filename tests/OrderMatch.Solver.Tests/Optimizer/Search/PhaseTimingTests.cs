using System.Diagnostics;
using OrderMatch.Solver.Tests.Optimizer.Builders;
using static OrderMatch.Solver.Tests.Optimizer.Builders.Solving;

namespace OrderMatch.Solver.Tests.Optimizer.Search;

/// <summary>A run reports how long each of its phases took, in the order they ran, adding up to the run's time.</summary>
public class PhaseTimingTests
{
    [Fact]
    public void A_run_reports_its_phases_in_order_within_its_wall_time()
    {
        var scenario = ScenarioBuilder.Minimal().Order("O1", 12).Build();
        var clock = Stopwatch.StartNew();

        var report = PlanOptimizer.Solve(scenario, Options);
        var wall = clock.Elapsed.TotalSeconds;

        Assert.Equal(["eligibility", "bound", "construction", "improvement", "finishing"], report.Phases.Select(p => p.Phase));
        Assert.All(report.Phases, p => Assert.True(p.Seconds >= 0, p.Phase));
        Assert.InRange(report.Phases.Sum(p => p.Seconds), 0, wall + 0.01);
    }
}
