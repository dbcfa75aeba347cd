using OrderMatch.Domain.Json;
using OrderMatch.Domain.Model;
using OrderMatch.Solver.Tests.Optimizer.Builders;
using static OrderMatch.Solver.Tests.Optimizer.Builders.Solving;

namespace OrderMatch.Solver.Tests.Optimizer.Rules;

/// <summary>Pooling, splitting, shared bases and trainers, minimal change and determinism.</summary>
public class PlanShapeTests
{
    [Fact]
    public void Orders_of_two_enterprises_are_pooled_when_neither_reaches_the_minimum_alone()
    {
        var scenario = ScenarioBuilder.Minimal()
            .Course("C1", c => c with { MinSize = 5 })
            .Enterprise("E2", km: 5)
            .Order("O1", 3)
            .Order("O2", 3, o => o with { Enterprise = "E2" })
            .Build();

        var plan = SolveValid(scenario);

        var pooled = Assert.Single(plan.Classes);
        Assert.Equal(["O1", "O2"], pooled.Enrollments.Select(e => e.Order).Order(StringComparer.Ordinal));
        Assert.Equal(6, pooled.Size);
        Assert.Empty(plan.Unassigned);
    }

    [Fact]
    public void An_order_larger_than_any_room_is_split_into_chunks_of_at_least_min_chunk()
    {
        var scenario = ScenarioBuilder.Minimal()
            .Institution("I1", i => i with { Rooms = [ScenarioBuilder.Room("I1-R1", 10)] })
            .Order("O1", 25, o => o with { MinChunk = 7 })
            .Build();

        var plan = SolveValid(scenario);

        Assert.Equal(3, plan.Classes.Count);
        Assert.All(plan.Classes.SelectMany(c => c.Enrollments), e => Assert.InRange(e.Trainees, 7, 10));
        Assert.Equal(25, Served(plan, "O1"));
    }

    [Fact]
    public void A_shared_base_room_with_a_fee_is_used_when_no_own_room_fits()
    {
        var scenario = ScenarioBuilder.Minimal()
            .Institution("I1", i => i with { Rooms = [ScenarioBuilder.Room("I1-R1", 10)] })
            .Base("B1", km: 5, capacity: 20, feePerSession: 100)
            .Order("O1", 15, o => o with { Splittable = false })
            .Build();

        var plan = SolveValid(scenario);

        var only = Assert.Single(plan.Classes);
        Assert.Equal(("I1", "B1-R1"), (only.Institution, only.Room));
        Assert.Equal(2 * 100, plan.Objective.Components.RoomFees);
    }

    [Fact]
    public void A_shared_base_room_is_passed_over_when_an_own_room_fits()
    {
        var scenario = ScenarioBuilder.Minimal()
            .Base("B1", km: 0, capacity: 20, feePerSession: 1)
            .Order("O1", 15)
            .Build();

        var plan = SolveValid(scenario);

        Assert.Equal("I1-R1", Assert.Single(plan.Classes).Room);
    }

    [Fact]
    public void A_shared_pool_trainer_teaches_when_no_own_trainer_qualifies()
    {
        var scenario = ScenarioBuilder.Minimal()
            .Course("C1", c => c with { Level = 2 })
            .Trainer("T1", t => t with { Qualifications = [new Qualification(ScenarioBuilder.Occupation, 1)] })
            .PoolTrainer("P1", km: 10)
            .Order("O1", 10)
            .Build();

        var plan = SolveValid(scenario);

        var only = Assert.Single(plan.Classes);
        Assert.Equal(("I1", "P1"), (only.Institution, only.Trainer));
        Assert.Equal(2 * 2 * 10 * 1.0, plan.Objective.Components.TrainerTravel, 6);
    }

    [Fact]
    public void A_previous_class_that_is_still_valid_is_kept_with_its_id()
    {
        var fresh = ScenarioBuilder.Minimal().Order("O1", 10).Build();
        var previous = Classes.Make(fresh, "K0042", "I1", "T1", "I1-R1", 1, ["Fri-PM"], new Enrollment("O1", 10));
        var scenario = ScenarioBuilder.Minimal().Order("O1", 10).Previous(previous).Build();

        var plan = SolveValid(scenario);

        var kept = Assert.Single(plan.Classes);
        Assert.True(kept.SameDecisionsAs(previous), $"kept {kept.Id} {string.Join('+', kept.Pattern)}");
        Assert.Equal(0, plan.Objective.Components.Changes);
    }

    [Fact]
    public void A_previous_class_that_broke_a_rule_is_replaced_and_the_change_is_charged()
    {
        var fresh = ScenarioBuilder.Minimal().Order("O1", 10).Build();
        var previous = Classes.Make(fresh, "K0042", "I1", "T1", "I1-R1", 1, ["Fri-PM"], new Enrollment("O1", 10));
        var scenario = ScenarioBuilder.Minimal().Order("O1", 10).Previous(previous)
            .Unavailable("T1", Dates.Slot("2026-01-16", "PM"))
            .Build();

        var plan = SolveValid(scenario);

        var replacement = Assert.Single(plan.Classes);
        Assert.NotEqual("K0042", replacement.Id);
        Assert.Equal(2000, plan.Objective.Components.Changes);
    }

    [Fact]
    public void Same_scenario_and_seed_give_the_same_plan_json()
    {
        var scenario = ScenarioBuilder.Minimal()
            .Course("C1", c => c with { MinSize = 4, MaxSize = 10 })
            .Enterprise("E2", km: 5)
            .PoolTrainer("P1", km: 5)
            .Base("B1", km: 3, capacity: 12, feePerSession: 50)
            .Order("O1", 9, o => o with { MinChunk = 4 })
            .Order("O2", 6, o => o with { Enterprise = "E2", AllowedSlots = ["Mon-AM", "Tue-PM", "Wed-AM"] })
            .Order("O3", 5, o => o with { Priority = 5 })
            .Build();
        var options = Options with { Seed = 7 };

        var first = FormatJson.Serialize(PlanOptimizer.Solve(scenario, options).Plan with { Solver = null });
        var second = FormatJson.Serialize(PlanOptimizer.Solve(scenario, options).Plan with { Solver = null });

        Assert.Equal(first, second);
        Assert.Contains("\"enrollments\"", first, StringComparison.Ordinal);
    }
}
