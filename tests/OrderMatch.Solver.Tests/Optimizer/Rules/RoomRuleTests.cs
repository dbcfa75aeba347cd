using OrderMatch.Domain.Model;
using OrderMatch.Solver.Tests.Optimizer.Builders;
using static OrderMatch.Solver.Tests.Optimizer.Builders.Solving;

namespace OrderMatch.Solver.Tests.Optimizer.Rules;

/// <summary>H4, H9: free rooms that do not fit are passed over for a shared-base room that charges a fee.</summary>
public class RoomRuleTests
{
    private static PlanClass In(Scenario scenario, string room, string id = "X1", string trainer = "T1", string order = "O1", int trainees = 10) =>
        Classes.Make(scenario, id, "I1", trainer, room, 1, ["Mon-AM"], new Enrollment(order, trainees));

    [Fact]
    public void H4_too_small_wrong_type_and_foreign_rooms_are_not_used()
    {
        var scenario = ScenarioBuilder.Minimal()
            .Institution("I1", i => i with { Rooms = [ScenarioBuilder.Room("I1-R1", 10), ScenarioBuilder.Room("I1-R2", 20, type: "classroom")] })
            .Institution("I2", i => i with { Offers = [] })
            .Base("B1", km: 0, capacity: 20, feePerSession: 300)
            .Order("O1", 12, o => o with { Splittable = false })
            .Build();

        var plan = SolveValid(scenario);

        var only = Assert.Single(plan.Classes);
        Assert.Equal("B1-R1", only.Room);
        Assert.Equal(600, plan.Objective.Components.RoomFees);
        Temptation.AssertResisted(scenario, plan, "H4", In(scenario, "I1-R1", trainees: 12));
        Temptation.AssertResisted(scenario, plan, "H4", In(scenario, "I1-R2", trainees: 12));
        Temptation.AssertResisted(scenario, plan, "H4", In(scenario, "I2-R1", trainees: 12));
    }

    [Fact]
    public void H9_a_free_room_is_not_double_booked()
    {
        var scenario = ScenarioBuilder.Minimal()
            .Course("C1", c => c with { MaxSize = 10 })
            .Trainer("T2")
            .Base("B1", km: 0, capacity: 20, feePerSession: 300)
            .Order("O1", 10, o => o with { AllowedSlots = ["Mon-AM"] })
            .Order("O2", 10, o => o with { AllowedSlots = ["Mon-AM"] })
            .Build();

        var plan = SolveValid(scenario);

        Assert.Equal(["B1-R1", "I1-R1"], plan.Classes.Select(c => c.Room).Order(StringComparer.Ordinal));
        Assert.Empty(plan.Unassigned);
        Temptation.AssertResisted(scenario, plan, "H9", In(scenario, "I1-R1"), In(scenario, "I1-R1", "X2", "T2", "O2"));
    }

    [Fact]
    public void H9_a_base_room_is_not_used_while_its_base_is_closed()
    {
        var scenario = ScenarioBuilder.Minimal()
            .Institution("I1", i => i with { Rooms = [] })
            .Base("B1", km: 0, capacity: 20, feePerSession: 50, b => b with { Unavailable = [Dates.Range("2026-01-05", "2026-01-09")] })
            .Base("B2", km: 0, capacity: 20, feePerSession: 500)
            .Order("O1", 10)
            .Build();

        var plan = SolveValid(scenario);

        Assert.Equal("B2-R1", Assert.Single(plan.Classes).Room);
        Temptation.AssertResisted(scenario, plan, "H9", In(scenario, "B1-R1"));
    }
}
