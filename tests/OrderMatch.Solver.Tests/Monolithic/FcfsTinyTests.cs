using OrderMatch.Domain.Checking;
using OrderMatch.Domain.Generation;
using OrderMatch.Domain.Json;
using OrderMatch.Domain.Model;
using OrderMatch.Domain.Tests;
using OrderMatch.Solver.Greedy;

namespace OrderMatch.Solver.Tests.Monolithic;

public sealed class FcfsTinyTests
{
    private static Scenario Tiny() => FormatJson.DeserializeScenario(File.ReadAllText(TestData.TinyScenarioPath));

    [Fact]
    public void First_come_first_served_gives_a_valid_plan_for_the_tiny_example()
    {
        var scenario = Tiny();

        var plan = FcfsPlanner.Plan(scenario);

        var check = PlanChecker.Check(scenario, plan);
        Assert.True(check.Passes, string.Join("; ", check.Violations.Select(v => v.Message).Concat(check.ObjectiveMismatches)));
        Assert.NotEmpty(plan.Classes);
        Assert.All(plan.Unassigned, u => Assert.NotEmpty(u.Reasons));
    }

    [Fact]
    public void First_come_first_served_is_never_better_than_the_proven_optimum()
    {
        var scenario = Tiny();
        var optimum = PlanOptimizer.Solve(scenario, new SolveOptions { TimeLimitSeconds = 60 }).Plan;

        var plan = FcfsPlanner.Plan(scenario);

        Assert.Equal(SolverStatus.Optimal, optimum.Solver!.Status);
        Assert.True(plan.Objective.Total >= optimum.Objective.Total - 0.005, $"FCFS {plan.Objective.Total} beats the optimum {optimum.Objective.Total}");
    }

    [Fact]
    public void First_come_first_served_gives_a_valid_plan_for_a_generated_city()
    {
        var scenario = ScenarioGenerator.Generate(Tier.S, 1);

        var plan = FcfsPlanner.Plan(scenario);

        var check = PlanChecker.Check(scenario, plan);
        Assert.True(check.Passes, string.Join("; ", check.Violations.Take(10).Select(v => v.Message).Concat(check.ObjectiveMismatches)));
        Assert.True(plan.Kpis.TraineesServed > 0);
    }
}
