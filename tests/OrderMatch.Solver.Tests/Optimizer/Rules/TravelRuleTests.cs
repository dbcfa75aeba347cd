using OrderMatch.Domain.Model;
using OrderMatch.Solver.Tests.Optimizer.Builders;
using static OrderMatch.Solver.Tests.Optimizer.Builders.Solving;

namespace OrderMatch.Solver.Tests.Optimizer.Rules;

/// <summary>H12 (trainee side): a cheap venue just beyond the order's travel limit is not used.</summary>
public class TravelRuleTests
{
    [Fact]
    public void H12_trainees_do_not_travel_beyond_the_order_limit()
    {
        var scenario = ScenarioBuilder.Minimal()
            .Institution("I1", i => i with { Location = Place.Km(25) })
            .Trainer("T1", t => t with { Location = Place.Km(25) })
            .Institution("I2", i => i with { Offers = [new Offer("C1", 400)] }, km: 10)
            .Trainer("T2", institution: "I2", km: 10)
            .Order("O1", 10, o => o with { MaxTravelKm = 20 })
            .Build();

        var plan = SolveValid(scenario);

        Assert.Equal("I2", Assert.Single(plan.Classes).Institution);
        Temptation.AssertResisted(scenario, plan, "H12",
            Classes.Make(scenario, "X1", "I1", "T1", "I1-R1", 1, ["Mon-AM"], new Enrollment("O1", 10)));
    }

    [Fact]
    public void H12_a_shared_base_beyond_the_order_limit_is_not_used()
    {
        var scenario = ScenarioBuilder.Minimal()
            .Institution("I1", i => i with { Rooms = [ScenarioBuilder.Room("I1-R1", 20, type: "classroom")] })
            .Base("B1", km: 30, capacity: 20, feePerSession: 10)
            .Base("B2", km: 15, capacity: 20, feePerSession: 900)
            .Order("O1", 10, o => o with { MaxTravelKm = 20 })
            .Build();

        var plan = SolveValid(scenario);

        Assert.Equal("B2-R1", Assert.Single(plan.Classes).Room);
        Temptation.AssertResisted(scenario, plan, "H12",
            Classes.Make(scenario, "X1", "I1", "T1", "B1-R1", 1, ["Mon-AM"], new Enrollment("O1", 10)));
    }
}
