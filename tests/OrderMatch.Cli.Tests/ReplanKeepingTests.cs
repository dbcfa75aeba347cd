using OrderMatch.Cli.Benchmarks;
using OrderMatch.Domain.Checking;
using OrderMatch.Domain.Model;

namespace OrderMatch.Cli.Tests;

/// <summary>Counting what a plan keeps of the plan in force, and establishing the minimum number of changes with the checker.</summary>
public sealed class ReplanKeepingTests
{
    private static Scenario City => ApprovedCity.Scenario;

    [Fact]
    public void A_class_is_kept_only_with_the_same_id_and_decisions_and_under_any_id_with_the_same_course_and_decisions()
    {
        var a = Class("K1", startWeek: 2);
        var b = Class("K2", startWeek: 3);
        var c = Class("K3", startWeek: 4);
        var d = Class("K4", startWeek: 5);
        var plan = Plan(
            a with { Enrollments = [new Enrollment("O9", 12)] },   // kept: enrollments may change
            b with { StartWeek = 4 },                               // moved a week
            c with { Id = "K9" },                                   // same decisions, another id
            d with { Id = "K8", Course = "OTHER" });                // another course under another id

        Assert.Equal(1, ReplanKeeping.Kept([a, b, c, d], plan));
        Assert.Equal(2, ReplanKeeping.KeptUnderAnyId([a, b, c, d], plan));
        Assert.Equal(0, ReplanKeeping.Kept([a with { Pattern = ["Tue-AM", "Thu-AM"] }], plan));
        Assert.Equal(0, ReplanKeeping.Kept([a with { Trainer = "T2" }], plan));
        Assert.Equal(0, ReplanKeeping.Kept([a with { Room = "R2" }], plan));
        Assert.Equal(0, ReplanKeeping.Kept([a with { Institution = "I2" }], plan));
    }

    [Fact]
    public void Kept_matches_the_change_penalty_the_evaluator_charges()
    {
        var approved = ApprovedCity.Plan;
        var replan = ReplanScenario.Build(City, approved, 5, 10, seed: 3);
        var moved = approved.Classes.Take(4).Select(k => k with { StartWeek = k.StartWeek + 1 }).ToList();
        var plan = Plan([.. moved, .. approved.Classes.Skip(4)]);

        var changes = PlanEvaluator.Objective(new ScenarioIndex(replan.Scenario), plan.Classes, []).Changes / City.Policy.ChangePenalty;

        var notKept = replan.Previous.Count - ReplanKeeping.Kept(replan.Previous, plan);
        Assert.Equal(changes, notKept);
        Assert.Equal(replan.Previous.Count(p => moved.Any(m => m.Id == p.Id)), notKept);
    }

    [Fact]
    public void Keeping_every_previous_class_and_nothing_else_passes_the_checker_so_the_minimum_is_zero()
    {
        var approved = ApprovedCity.Plan;
        var replan = ReplanScenario.Build(City, approved, 5, 3, seed: 1);

        var minimum = ReplanMinimum.Establish(replan.Scenario);

        Assert.True(minimum.Check.Passes, string.Join("; ", minimum.Check.Violations.Select(v => v.Message)));
        Assert.True(minimum.Exact);
        Assert.Equal(0, minimum.Changes);
        Assert.Equal(replan.Previous, minimum.Witness.Classes);
        Assert.Equal(0, minimum.Witness.Objective.Components.Changes);
        Assert.All(replan.NewOrders, o => Assert.Contains(minimum.Witness.Unassigned, u => u.Order == o.Id && u.Trainees == o.Trainees));
    }

    [Fact]
    public void A_previous_class_that_breaks_a_rule_by_itself_is_counted_with_the_rule()
    {
        var approved = ApprovedCity.Plan;
        var replan = ReplanScenario.Build(City, approved, 5, 3, seed: 1);
        var broken = replan.Previous[0] with { StartWeek = replan.Previous[0].StartWeek + 1 };   // its sessions no longer follow the rule
        var scenario = replan.Scenario with { PreviousPlan = new PreviousPlan { Classes = [broken, .. replan.Previous.Skip(1)] } };

        var minimum = ReplanMinimum.Establish(scenario);

        Assert.True(minimum.Check.IsValid);
        Assert.False(minimum.Exact);
        Assert.Equal(1, minimum.Changes);
        var blocked = Assert.Single(minimum.Blocked);
        Assert.Equal(broken.Id, blocked.Class);
        Assert.Contains("H6", blocked.Rules);
        Assert.DoesNotContain(minimum.Witness.Classes, c => c.Id == broken.Id);
    }

    [Fact]
    public void Of_two_previous_classes_that_clash_only_one_is_counted()
    {
        var approved = ApprovedCity.Plan;
        var replan = ReplanScenario.Build(City, approved, 0, 0, seed: 1);
        var twin = replan.Previous[0] with { Id = "KTWIN" };   // same trainer, room and sessions as the original
        var scenario = replan.Scenario with { PreviousPlan = new PreviousPlan { Classes = [.. replan.Previous, twin] } };

        var minimum = ReplanMinimum.Establish(scenario);

        Assert.True(minimum.Check.IsValid, string.Join("; ", minimum.Check.Violations.Select(v => v.Message)));
        Assert.Equal(1, minimum.Changes);
        Assert.Equal("KTWIN", Assert.Single(minimum.Blocked).Class);
        Assert.Contains("H9", minimum.Blocked[0].Rules);
    }

    private static PlanClass Class(string id, int startWeek) => new()
    {
        Id = id, Course = "WELD-4", Institution = "I001", Trainer = "T001", Room = "R1", StartWeek = startWeek, Pattern = ["Mon-AM", "Thu-AM"],
        Enrollments = [new Enrollment("O1", 20)],
    };

    private static Plan Plan(params PlanClass[] classes) => new()
    {
        Scenario = "s", Classes = classes, Objective = new Objective(0, new ObjectiveComponents()),
    };
}
