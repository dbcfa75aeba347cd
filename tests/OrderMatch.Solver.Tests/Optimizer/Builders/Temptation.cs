using OrderMatch.Domain.Checking;
using OrderMatch.Domain.Model;

namespace OrderMatch.Solver.Tests.Optimizer.Builders;

/// <summary>
/// A hand-made plan that breaks one hard rule to be cheaper. Asserting it against the optimizer's plan shows that the
/// rule is what kept the optimizer from it: the checker flags that rule and no other, and it would cost less.
/// </summary>
internal static class Temptation
{
    /// <summary>Trainees not enrolled by <paramref name="classes"/> are unassigned.</summary>
    public static void AssertResisted(Scenario scenario, Plan plan, string rule, params PlanClass[] classes)
    {
        var index = new ScenarioIndex(scenario);
        var unassigned = scenario.Orders
            .Select(o => new Unassigned
            {
                Order = o.Id, Trainees = o.Trainees - classes.SelectMany(c => c.Enrollments).Where(e => e.Order == o.Id).Sum(e => e.Trainees),
            })
            .Where(u => u.Trainees > 0)
            .ToList();
        var objective = PlanEvaluator.Rounded(PlanEvaluator.Objective(index, classes, unassigned));
        var alternative = new Plan { Scenario = scenario.Name, Classes = classes, Unassigned = unassigned, Objective = objective };

        var report = PlanChecker.Check(scenario, alternative);

        Assert.Equal([rule], report.Violations.Select(v => v.Rule).Distinct().Order(StringComparer.Ordinal));
        Assert.True(objective.Total < plan.Objective.Total,
            $"breaking {rule} costs {objective.Total}, the plan {plan.Objective.Total}: the scenario does not tempt");
    }
}
