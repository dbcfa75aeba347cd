using OrderMatch.Domain.Model;
using OrderMatch.Solver.Tests.Optimizer.Builders;
using static OrderMatch.Solver.Tests.Optimizer.Builders.Solving;

namespace OrderMatch.Solver.Tests.Optimizer.Reasons;

/// <summary>Reasons found while building classes: NO_TRAINER, WINDOW, MIN_SIZE, CAPACITY, TIME_LIMIT.</summary>
public class PlanningReasonTests
{
    [Fact]
    public void NO_TRAINER_when_no_trainer_holds_the_course_level()
    {
        var scenario = ScenarioBuilder.Minimal()
            .Course("C1", c => c with { Level = 4 })
            .Trainer("T1", t => t with { Qualifications = [new Qualification(ScenarioBuilder.Occupation, 3)] })
            .Order("O1", 10)
            .Build();

        var plan = SolveValid(scenario);

        var reason = ReasonAssert.Single(plan, scenario.Orders[0], ReasonCode.NoTrainer);
        ReasonAssert.Names(reason, ScenarioBuilder.Occupation, "I1-R1");
        Assert.Single(plan.Unassigned[0].Reasons);
    }

    [Fact]
    public void NO_TRAINER_when_the_only_qualified_trainer_is_away_for_the_whole_window()
    {
        var scenario = ScenarioBuilder.Minimal()
            .Unavailable("T1", Dates.Range("2026-01-12", "2026-01-16"))
            .Order("O1", 10)
            .Build();

        var plan = SolveValid(scenario);

        var reason = ReasonAssert.Single(plan, scenario.Orders[0], ReasonCode.NoTrainer);
        ReasonAssert.Names(reason, "C1", "T1");
    }

    [Fact]
    public void WINDOW_when_the_window_is_shorter_than_the_course()
    {
        var scenario = ScenarioBuilder.Minimal()
            .Order("O1", 10, o => o with { Deadline = Dates.D("2026-01-09") })
            .Build();

        var plan = SolveValid(scenario);

        var reason = ReasonAssert.Single(plan, scenario.Orders[0], ReasonCode.Window);
        ReasonAssert.Names(reason, "C1");
        Assert.Contains("2026-01-05", reason.Detail, StringComparison.Ordinal);
        Assert.Contains("2026-01-09", reason.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void WINDOW_when_the_order_slots_are_all_closed_to_the_course()
    {
        var scenario = ScenarioBuilder.Minimal()
            .Course("C1", c => c with { AllowedSlots = ["Mon-AM"] })
            .Order("O1", 10, o => o with { AllowedSlots = ["Fri-PM"] })
            .Build();

        var plan = SolveValid(scenario);

        var reason = ReasonAssert.Single(plan, scenario.Orders[0], ReasonCode.Window);
        ReasonAssert.Names(reason, "C1");
        Assert.Contains("Fri-PM", reason.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void MIN_SIZE_when_compatible_orders_together_stay_below_the_minimum()
    {
        var scenario = ScenarioBuilder.Minimal()
            .Course("C1", c => c with { MinSize = 8 })
            .Enterprise("E2")
            .Order("O1", 3)
            .Order("O2", 4, o => o with { Enterprise = "E2" })
            .Build();

        var plan = SolveValid(scenario);

        foreach (var order in scenario.Orders)
        {
            var reason = ReasonAssert.Single(plan, order, ReasonCode.MinSize);
            ReasonAssert.Names(reason, "C1", "O1", "O2");
            Assert.Contains("7", reason.Detail, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void CAPACITY_names_the_higher_priority_class_that_took_the_only_trainer()
    {
        var scenario = ScenarioBuilder.Minimal()
            .Course("C1", c => c with { MaxSize = 10 })
            .Trainer("T1", t => t with { MaxSessionsPerWeek = 1 })
            .Enterprise("E2")
            .Order("O1", 10, o => o with { Priority = 2 })
            .Order("O2", 10, o => o with { Enterprise = "E2", Priority = 5 })
            .Build();

        var plan = SolveValid(scenario);

        var taker = Assert.Single(plan.Classes);
        Assert.Equal([new Enrollment("O2", 10)], taker.Enrollments);
        var reason = ReasonAssert.Single(plan, scenario.Orders[0], ReasonCode.Capacity);
        ReasonAssert.Names(reason, taker.Id);
        Assert.Contains("priority 5", reason.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void TIME_LIMIT_when_the_run_stops_before_an_order_slice_is_searched()
    {
        var scenario = ScenarioBuilder.Minimal()
            .Course("C2")
            .Institution("I1", i => i with { Offers = [.. i.Offers, new Offer("C2", 100)] })
            .Order("O1", 10)
            .Order("O2", 10, o => o with { Course = "C2" })
            .Build();

        var plan = PlanOptimizer.Solve(scenario, Options with { TimeLimitSeconds = 0.0001 }).Plan;

        AssertPasses(scenario, plan);
        Assert.Equal(SolverStatus.TimeLimit, plan.Solver!.Status);
        foreach (var order in scenario.Orders)
        {
            var reason = ReasonAssert.Single(plan, order, ReasonCode.TimeLimit);
            ReasonAssert.Names(reason, order.Id);
        }
    }
}
