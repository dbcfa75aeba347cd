using OrderMatch.Domain.Model;
using OrderMatch.Solver.Tests.Optimizer.Builders;
using static OrderMatch.Solver.Tests.Optimizer.Builders.Solving;

namespace OrderMatch.Solver.Tests.Optimizer.Rules;

/// <summary>H2, H13, H14, H15, H16: the near, cheap institution I1 is ruled out; I2 serves the order at a higher cost.</summary>
public class InstitutionRuleTests
{
    private static readonly string[] MonAm = ["Mon-AM"];

    /// <summary>I2 at 50 km with its own room and trainer T2, C1 at 100.</summary>
    private static ScenarioBuilder WithFarInstitution(int trainees = 10) =>
        ScenarioBuilder.Minimal()
            .Institution("I2", km: 50)
            .Trainer("T2", institution: "I2", km: 50)
            .Order("O1", trainees);

    private static PlanClass AtI1(Scenario scenario, string id = "X1", int trainees = 10, string room = "I1-R1", string trainer = "T1", string order = "O1") =>
        Classes.Make(scenario, id, "I1", trainer, room, 1, MonAm, new Enrollment(order, trainees));

    [Fact]
    public void H2_a_failed_institution_is_not_used_even_at_the_lowest_price()
    {
        var scenario = ScenarioBuilder.Minimal()
            .Institution("I1", i => i with { Grade = Grade.Fail, Offers = [new Offer("C1", 10)] })
            .Institution("I2", i => i with { Offers = [new Offer("C1", 500)] })
            .Trainer("T2", institution: "I2")
            .Order("O1", 10)
            .Build();

        var plan = SolveValid(scenario);

        var only = Assert.Single(plan.Classes);
        Assert.Equal("I2", only.Institution);
        Assert.Equal(10, Served(plan, "O1"));
        Temptation.AssertResisted(scenario, plan, "H2", AtI1(scenario));
    }

    [Fact]
    public void H2_an_institution_that_does_not_offer_the_course_is_not_used()
    {
        var scenario = WithFarInstitution()
            .Institution("I1", i => i with { Offers = [] })
            .Build();

        var plan = SolveValid(scenario);

        Assert.Equal("I2", Assert.Single(plan.Classes).Institution);
        Temptation.AssertResisted(scenario, plan, "H2", AtI1(scenario));
    }

    [Fact]
    public void H13_an_institution_above_the_price_cap_is_not_used_even_when_cheapest_overall()
    {
        var scenario = ScenarioBuilder.Minimal()
            .Institution("I1", i => i with { Offers = [new Offer("C1", 350)] })
            .Institution("I2", i => i with { Offers = [new Offer("C1", 300)] }, km: 60)
            .Trainer("T2", institution: "I2", km: 60)
            .Order("O1", 10, o => o with { MaxPricePerTrainee = 300 })
            .Build();

        var plan = SolveValid(scenario);

        Assert.Equal("I2", Assert.Single(plan.Classes).Institution);
        Temptation.AssertResisted(scenario, plan, "H13", AtI1(scenario));
    }

    [Fact]
    public void H14_an_institution_not_approved_for_the_enterprise_region_is_not_used()
    {
        var scenario = WithFarInstitution()
            .Region("R2")
            .Institution("I1", i => i with { ApprovedRegions = ["R2"] })
            .Build();

        var plan = SolveValid(scenario);

        Assert.Equal("I2", Assert.Single(plan.Classes).Institution);
        Temptation.AssertResisted(scenario, plan, "H14", AtI1(scenario));
    }

    [Fact]
    public void H15_local_subsidy_scope_excludes_a_nearer_institution_of_another_region()
    {
        var scenario = WithFarInstitution()
            .Region("R1", SubsidyScope.Local)
            .Region("R2")
            .Institution("I1", i => i with { Region = "R2" })
            .Order("O1", 10, o => o with { RequiresSubsidy = true })
            .Build();

        var plan = SolveValid(scenario);

        Assert.Equal("I2", Assert.Single(plan.Classes).Institution);
        Temptation.AssertResisted(scenario, plan, "H15", AtI1(scenario));
    }

    [Fact]
    public void H15_alliance_subsidy_scope_admits_the_alliance_partner_and_excludes_outsiders()
    {
        var scenario = WithFarInstitution()
            .Region("R1", SubsidyScope.Alliance, alliance: "A")
            .Region("R2", SubsidyScope.Local, alliance: "A")
            .Region("R3")
            .Institution("I1", i => i with { Region = "R3" })
            .Institution("I2", i => i with { Region = "R2" })
            .Order("O1", 10, o => o with { RequiresSubsidy = true })
            .Build();

        var plan = SolveValid(scenario);

        Assert.Equal("I2", Assert.Single(plan.Classes).Institution);
        Assert.Empty(plan.Unassigned);
        Temptation.AssertResisted(scenario, plan, "H15", AtI1(scenario));
    }

    [Fact]
    public void H15_an_order_without_subsidy_may_use_any_region()
    {
        var scenario = WithFarInstitution()
            .Region("R1", SubsidyScope.Local)
            .Region("R2")
            .Institution("I1", i => i with { Region = "R2" })
            .Build();

        var plan = SolveValid(scenario);

        Assert.Equal("I1", Assert.Single(plan.Classes).Institution);
    }

    [Fact]
    public void H16_an_institution_runs_no_more_concurrent_classes_than_allowed()
    {
        var scenario = WithFarInstitution()
            .Course("C1", c => c with { MaxSize = 10 })
            .Institution("I1", i => i with { MaxConcurrentClasses = 1, Rooms = [.. i.Rooms, ScenarioBuilder.Room("I1-R2", 10)] })
            .Trainer("T3")
            .Order("O2", 10)
            .Build();

        var plan = SolveValid(scenario);

        Assert.Equal(2, plan.Classes.Count);
        Assert.Single(plan.Classes, c => c.Institution == "I1");
        Assert.Single(plan.Classes, c => c.Institution == "I2");
        Assert.Empty(plan.Unassigned);
        Temptation.AssertResisted(scenario, plan, "H16",
            AtI1(scenario),
            AtI1(scenario, "X2", room: "I1-R2", trainer: "T3", order: "O2"));
    }
}
