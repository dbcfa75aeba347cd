using OrderMatch.Domain.Model;
using OrderMatch.Solver.Tests.Optimizer.Builders;
using static OrderMatch.Solver.Tests.Optimizer.Builders.Solving;

namespace OrderMatch.Solver.Tests.Optimizer.Reasons;

/// <summary>Each unserved order gets the reason that is true, not a neighbouring one.</summary>
public class ReasonPrecisionTests
{
    [Fact]
    public void An_order_whose_slice_was_never_searched_gets_only_TIME_LIMIT()
    {
        var scenario = ScenarioBuilder.Minimal()
            .Course("C2")
            .Institution("I1", i => i with { Offers = [.. i.Offers, new Offer("C2", 100)] })
            .Order("O1", 10)
            .Order("O2", 10, o => o with { Course = "C2" })
            .Build();

        var plan = PlanOptimizer.Solve(scenario, Options with { TimeLimitSeconds = 0.0001 }).Plan;

        Assert.All(plan.Unassigned, u => Assert.Equal([ReasonCode.TimeLimit], u.Reasons.Select(r => r.Code)));
    }

    [Fact]
    public void A_closed_base_is_NO_ROOM_not_NO_TRAINER()
    {
        var scenario = ScenarioBuilder.Minimal()
            .Institution("I1", i => i with { Rooms = [] })
            .Base("B1", 0, 20, 50, b => b with { Unavailable = [new Unavailability { From = Dates.D("2026-01-05"), To = Dates.D("2026-01-16") }] })
            .Order("O1", 10)
            .Build();

        var plan = SolveValid(scenario);

        var reason = ReasonAssert.Single(plan, scenario.Orders[0], ReasonCode.NoRoom);
        ReasonAssert.Names(reason, "B1-R1");
    }

    [Fact]
    public void A_trainer_away_for_the_window_is_NO_TRAINER_naming_the_trainer()
    {
        var scenario = ScenarioBuilder.Minimal()
            .Unavailable("T1", new Unavailability { From = Dates.D("2026-01-05"), To = Dates.D("2026-01-16") })
            .Order("O1", 10)
            .Build();

        var plan = SolveValid(scenario);

        var reason = ReasonAssert.Single(plan, scenario.Orders[0], ReasonCode.NoTrainer);
        ReasonAssert.Names(reason, "T1");
    }

    [Fact]
    public void An_unsplittable_order_larger_than_every_room_is_NO_ROOM()
    {
        var scenario = ScenarioBuilder.Minimal()
            .Course("C1", c => c with { MinSize = 4 })
            .Institution("I1", i => i with { Rooms = [ScenarioBuilder.Room("I1-R1", 8), ScenarioBuilder.Room("I1-R2", 8)] })
            .Order("O1", 12, o => o with { Splittable = false })
            .Build();

        var plan = SolveValid(scenario);

        var reason = ReasonAssert.Single(plan, scenario.Orders[0], ReasonCode.NoRoom);
        ReasonAssert.Names(reason, "O1");
    }

    [Fact]
    public void When_no_class_can_open_at_all_the_empty_plan_is_proven_optimal()
    {
        var scenario = ScenarioBuilder.Minimal()
            .Course("C1", c => c with { MinSize = 5 })
            .Order("O1", 3)
            .Build();

        var plan = SolveValid(scenario);

        Assert.Equal(SolverStatus.Optimal, plan.Solver!.Status);
        Assert.Equal(plan.Objective.Total, plan.Solver.Bound!.Value, 2);
    }
}
