using OrderMatch.Domain.Model;
using OrderMatch.Solver.Tests.Optimizer.Builders;
using static OrderMatch.Solver.Tests.Optimizer.Builders.Solving;

namespace OrderMatch.Solver.Tests.Optimizer.Rules;

/// <summary>H17 and H1: pinned classes stay as given, and new classes never reuse their ids.</summary>
public class PinRuleTests
{
    private static ScenarioBuilder WithFarInstitution() =>
        ScenarioBuilder.Minimal()
            .Institution("I2", i => i with { Offers = [new Offer("C1", 300)] }, km: 30)
            .Trainer("T2", institution: "I2", km: 30)
            .Order("O1", 10);

    [Fact]
    public void H17_a_pinned_class_that_is_not_the_cheapest_appears_exactly_as_pinned()
    {
        var unpinned = WithFarInstitution().Build();
        var pin = Classes.Make(unpinned, "PIN1", "I2", "T2", "I2-R1", 1, ["Wed-PM"], new Enrollment("O1", 10));
        var scenario = WithFarInstitution().Pin(pin).Build();

        var plan = SolveValid(scenario);

        var kept = Assert.Single(plan.Classes);
        Assert.Equal(pin.Id, kept.Id);
        Assert.True(kept.SameDecisionsAs(pin));
        Assert.Equal(pin.Enrollments, kept.Enrollments);
        Assert.Equal(pin.Sessions, kept.Sessions);
        Temptation.AssertResisted(scenario, plan, "H17", pin with { Institution = "I1", Trainer = "T1", Room = "I1-R1" });
    }

    [Fact]
    public void H17_a_pinned_class_given_without_sessions_gets_those_of_the_session_rule()
    {
        var unpinned = WithFarInstitution().Build();
        var pin = Classes.Make(unpinned, "PIN1", "I2", "T2", "I2-R1", 1, ["Wed-PM"], new Enrollment("O1", 10));
        var scenario = WithFarInstitution().Pin(pin with { Sessions = [] }).Build();

        var plan = SolveValid(scenario);

        Assert.Equal(pin.Sessions, Assert.Single(plan.Classes).Sessions);
    }

    [Fact]
    public void H1_new_classes_do_not_reuse_the_ids_of_pinned_or_previous_classes()
    {
        var unpinned = ScenarioBuilder.Minimal().Course("C1", c => c with { MaxSize = 10 }).Order("O1", 10).Order("O2", 10).Order("O3", 10).Build();
        var pin = Classes.Make(unpinned, "K0001", "I1", "T1", "I1-R1", 1, ["Mon-AM"], new Enrollment("O1", 10));
        var gone = Classes.Make(unpinned, "K0002", "I1", "T1", "I1-R1", 1, ["Mon-AM"], new Enrollment("O2", 10));
        var scenario = ScenarioBuilder.Minimal().Course("C1", c => c with { MaxSize = 10 }).Order("O1", 10).Order("O2", 10).Order("O3", 10)
            .Pin(pin).Previous(gone)
            .Build();

        var plan = SolveValid(scenario);

        Assert.Equal(3, plan.Classes.Count);
        Assert.Equal(plan.Classes.Count, plan.Classes.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(plan.Classes, c => c.Id == "K0002");
        Assert.Equal(2000, plan.Objective.Components.Changes);
    }
}
