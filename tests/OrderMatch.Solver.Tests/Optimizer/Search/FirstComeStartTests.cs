using OrderMatch.Domain.Generation;
using OrderMatch.Domain.Model;
using OrderMatch.Solver.Greedy;
using OrderMatch.Solver.Tests.Optimizer.Builders;
using static OrderMatch.Solver.Tests.Optimizer.Builders.Solving;

namespace OrderMatch.Solver.Tests.Optimizer.Search;

/// <summary>
/// A sliced run from scratch at scale starts every slice from first come, first served's classes for its course, whose
/// resources are held until the slice comes, so whatever the time allows the plan is no worse than first come, first
/// served. These tests lower the scale from which it applies to their small scenarios, and let first come, first
/// served take the whole of their short limits: on a loaded machine a quarter of a few seconds may not be enough for it.
/// </summary>
public class FirstComeStartTests
{
    [Theory]
    [InlineData(2, 3)]
    [InlineData(3, 2)]
    public void A_city_planned_in_little_time_is_no_worse_than_first_come_first_served(int seed, double seconds)
    {
        var scenario = ScenarioGenerator.Generate(Tier.S, seed);
        var fcfs = FcfsPlanner.Plan(scenario);

        var report = PlanOptimizer.Solve(scenario, new SolveOptions { TimeLimitSeconds = seconds, FirstComeMinimumOrders = 0, FirstComeShare = 1 });

        AssertPasses(scenario, report.Plan);
        Assert.True(report.Slices > 1);
        Assert.True(report.Plan.Objective.Total <= fcfs.Objective.Total + 0.01,
            $"OrderMatch {report.Plan.Objective.Total:N2} vs first come, first served {fcfs.Objective.Total:N2}");
    }

    /// <summary>
    /// In <see cref="CompetingCourses"/> C1's slice is built first, and its cheapest trainer T1 is the only one course C2
    /// has. Without a start, C1 takes T1 and C2's trainees are left for the search to rescue. Here O2 was submitted
    /// first, so first come, first served gave T1 to C2, and holding that class for C2's slice makes C1 take T2: the
    /// construction alone serves everyone.
    /// </summary>
    [Fact]
    public void The_construction_keeps_for_a_later_slice_the_trainer_first_come_first_served_gave_it()
    {
        var built = CompetingCourses.Scenario();
        var scenario = built with { Orders = [.. built.Orders.OrderBy(o => o.Id == "O2" ? 0 : 1)] };
        // The slices are built in each run (without the first-come start too: no dive), to compare what they build.
        var options = Options with { MaxCandidatesPerModel = 30, FirstComeMinimumOrders = 0, DiveShare = 0 };

        var (held, heldPlan, _) = Construction(scenario, options);
        var (greedy, _, _) = Construction(scenario, options with { FirstComeStart = false });
        var (small, _, _) = Construction(scenario, options with { FirstComeMinimumOrders = scenario.Orders.Count + 1 });

        AssertPasses(scenario, heldPlan);
        Assert.Empty(heldPlan.Unassigned);
        Assert.Equal("T2", Assert.Single(heldPlan.Classes, c => c.Course == "C1").Trainer);
        Assert.Equal(heldPlan.Objective.Total, held, 2);
        Assert.True(greedy - held >= 10 * scenario.Policy.UnservedTraineePenalty / 2,
            $"construction {held:N2} with first-come classes held, {greedy:N2} without");
        Assert.Equal(greedy, small, 2);
    }

    /// <summary>
    /// The first-come plan is complete, so it is reported as the first incumbent, at first come, first served's own
    /// objective, before any slice is built; no later report is worse.
    /// </summary>
    [Fact]
    public void The_first_come_plan_is_the_first_incumbent_reported()
    {
        var scenario = ScenarioGenerator.Generate(Tier.S, 2);
        var options = new SolveOptions { TimeLimitSeconds = 6, FirstComeMinimumOrders = 0, FirstComeShare = 1 };

        // Not through Construction: on a loaded machine first come, first served may take the whole limit, and then no
        // slice is built or reported; what is asserted here holds either way.
        var progress = new Recorder();
        var plan = PlanOptimizer.Solve(scenario, options, progress).Plan;
        var reports = progress.Reports;

        var first = reports[0];
        Assert.Equal("first come", first.Phase);
        Assert.Equal(0, first.SlicesDone);
        Assert.Equal(FcfsPlanner.Plan(scenario).Objective.Total, first.Incumbent!.Value, 2);
        var incumbents = reports.Select(r => r.Incumbent!.Value).ToList();
        Assert.All(incumbents.Zip(incumbents.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 0.01, $"{pair.Second:N2} after {pair.First:N2}"));
        Assert.Equal(plan.Objective.Total, incumbents[^1], 2);
    }

    /// <summary>
    /// In <see cref="CompetingCourses"/> O1 comes first, so first come, first served gives it the nearer trainer T1; a
    /// decision pin keeps O1 with T2. The first-come class breaks the pin and must not reach the plan.
    /// </summary>
    [Fact]
    public void A_first_come_class_a_decision_pin_forbids_is_left_out()
    {
        var scenario = CompetingCourses.Scenario();
        var pin = new DecisionPin { ClassId = "K0001", Course = scenario.Orders[0].Course, Orders = ["O1"], Trainer = "T2" };
        var options = Options with { MaxCandidatesPerModel = 30, FirstComeMinimumOrders = 0, DecisionPins = [pin] };

        var report = PlanOptimizer.Solve(scenario, options);

        Assert.True(report.Slices > 1);
        AssertPasses(scenario, report.Plan);
        Assert.Equal("T1", Assert.Single(FcfsPlanner.Plan(scenario).Classes, c => c.Enrollments.Any(e => e.Order == "O1")).Trainer);
        Assert.All(report.Plan.Classes.Where(c => c.Enrollments.Any(e => e.Order == "O1")), c => Assert.Equal("T2", c.Trainer));
    }

    /// <summary>The objective of the complete plan reported when the last slice is built, the final plan, and every progress report.</summary>
    private static (double Objective, Plan Plan, List<SolveProgress> Reports) Construction(Scenario scenario, SolveOptions options)
    {
        var progress = new Recorder();
        var report = PlanOptimizer.Solve(scenario, options, progress);
        return (progress.Reports.Last(p => p.Phase == "slice").Incumbent!.Value, report.Plan, progress.Reports);
    }

    private sealed class Recorder : IProgress<SolveProgress>
    {
        public List<SolveProgress> Reports { get; } = [];

        public void Report(SolveProgress value) => Reports.Add(value);
    }
}
