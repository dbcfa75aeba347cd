using OrderMatch.Domain.Checking;
using OrderMatch.Domain.Model;

namespace OrderMatch.Solver.Tests.Optimizer.Builders;

/// <summary>Solves built scenarios under the one time limit these tests use, and checks the plan against every hard rule.</summary>
internal static class Solving
{
    /// <summary>Generous for scenarios this small, which solve in well under a second.</summary>
    public const double TimeLimitSeconds = 20;

    public static SolveOptions Options { get; } = new() { TimeLimitSeconds = TimeLimitSeconds };

    public static Plan Solve(Scenario scenario) => PlanOptimizer.Solve(scenario, Options).Plan;

    /// <summary>Solves and asserts the plan keeps every hard rule and reports the objective it really has.</summary>
    public static Plan SolveValid(Scenario scenario)
    {
        var plan = Solve(scenario);
        AssertPasses(scenario, plan);
        return plan;
    }

    public static void AssertPasses(Scenario scenario, Plan plan)
    {
        var report = PlanChecker.Check(scenario, plan);
        Assert.True(report.Passes,
            string.Join("; ", report.Violations.Select(v => $"{v.Rule}: {v.Message}").Concat(report.ObjectiveMismatches)));
    }

    public static int Served(Plan plan, string order) =>
        plan.Classes.SelectMany(c => c.Enrollments).Where(e => e.Order == order).Sum(e => e.Trainees);

    public static int Unserved(Plan plan, string order) =>
        plan.Unassigned.Where(u => u.Order == order).Sum(u => u.Trainees);
}
