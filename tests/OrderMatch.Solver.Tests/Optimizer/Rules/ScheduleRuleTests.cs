using OrderMatch.Domain.Calendar;
using OrderMatch.Domain.Model;
using OrderMatch.Solver.Tests.Optimizer.Builders;
using static OrderMatch.Solver.Tests.Optimizer.Builders.Solving;

namespace OrderMatch.Solver.Tests.Optimizer.Rules;

/// <summary>H6, H7: slots, closed dates and windows; breaking them would serve trainees otherwise left unserved.</summary>
public class ScheduleRuleTests
{
    private static PlanClass Class(Scenario scenario, int week, string[] pattern, params Enrollment[] enrollments) =>
        Classes.Make(scenario, "X1", "I1", "T1", "I1-R1", week, pattern, enrollments);

    [Fact]
    public void H6_a_class_uses_only_slots_both_the_course_and_the_order_allow()
    {
        var scenario = ScenarioBuilder.Minimal()
            .Course("C1", c => c with { AllowedSlots = ["Mon-AM", "Tue-AM", "Wed-AM", "Thu-AM", "Mon-PM", "Tue-PM", "Wed-PM", "Thu-PM"] })
            .Order("O1", 10, o => o with { AllowedSlots = ["Fri-PM"] })
            .Build();

        var plan = SolveValid(scenario);

        Assert.Empty(plan.Classes);
        Temptation.AssertResisted(scenario, plan, "H6", Class(scenario, 1, ["Fri-PM"], new Enrollment("O1", 10)));
        Temptation.AssertResisted(scenario, plan, "H6", Class(scenario, 1, ["Mon-AM"], new Enrollment("O1", 10)));
    }

    [Fact]
    public void H6_orders_with_disjoint_slots_are_not_pooled_to_reach_the_minimum_size()
    {
        var scenario = ScenarioBuilder.Minimal()
            .Course("C1", c => c with { MinSize = 5 })
            .Enterprise("E2")
            .Order("O1", 3, o => o with { AllowedSlots = ["Mon-AM"] })
            .Order("O2", 3, o => o with { Enterprise = "E2", AllowedSlots = ["Tue-AM"] })
            .Build();

        var plan = SolveValid(scenario);

        Assert.Empty(plan.Classes);
        Temptation.AssertResisted(scenario, plan, "H6",
            Class(scenario, 1, ["Mon-AM"], new Enrollment("O1", 3), new Enrollment("O2", 3)));
    }

    [Fact]
    public void H6_closed_dates_are_skipped_even_when_that_leaves_no_room_for_the_course()
    {
        var scenario = ScenarioBuilder.Minimal()
            .Closed("2026-01-05")
            .Order("O1", 10, o => o with { AllowedSlots = ["Mon-AM"] })
            .Build();

        var plan = SolveValid(scenario);

        Assert.Empty(plan.Classes);
        var open = scenario with { Horizon = scenario.Horizon with { ClosedDates = [] } };
        var onClosedDate = Classes.Make(open, "X1", "I1", "T1", "I1-R1", 1, ["Mon-AM"], new Enrollment("O1", 10));
        Assert.Contains(onClosedDate.Sessions, s => new ScenarioCalendar(scenario.Horizon).IsClosed(s.Date));
        Temptation.AssertResisted(scenario, plan, "H6", onClosedDate);
    }

    [Fact]
    public void H6_a_closed_date_moves_sessions_later_instead_of_being_used()
    {
        var scenario = ScenarioBuilder.Minimal()
            .Horizon(h => h with { Weeks = 3 })
            .Closed("2026-01-05")
            .Order("O1", 10, o => o with { AllowedSlots = ["Mon-AM"] })
            .Build();

        var plan = SolveValid(scenario);

        var only = Assert.Single(plan.Classes);
        Assert.Equal([new Session(Dates.D("2026-01-12"), "AM"), new Session(Dates.D("2026-01-19"), "AM")], only.Sessions);
    }

    [Fact]
    public void H7_orders_with_disjoint_windows_are_not_pooled_to_reach_the_minimum_size()
    {
        var scenario = ScenarioBuilder.Minimal()
            .Course("C1", c => c with { MinSize = 5, SessionsPerWeek = 2 })
            .Enterprise("E2")
            .Order("O1", 3, o => o with { Deadline = Dates.D("2026-01-09") })
            .Order("O2", 3, o => o with { Enterprise = "E2", EarliestStart = Dates.D("2026-01-12") })
            .Build();

        var plan = SolveValid(scenario);

        Assert.Empty(plan.Classes);
        Temptation.AssertResisted(scenario, plan, "H7",
            Class(scenario, 1, ["Mon-AM", "Tue-AM"], new Enrollment("O1", 3), new Enrollment("O2", 3)));
    }

    [Fact]
    public void H7_a_class_lies_inside_the_order_window()
    {
        var scenario = ScenarioBuilder.Minimal()
            .Order("O1", 10, o => o with { Deadline = Dates.D("2026-01-12") })
            .Build();

        var plan = SolveValid(scenario);

        var only = Assert.Single(plan.Classes);
        Assert.Equal(["Mon-AM"], only.Pattern);
        Assert.All(only.Sessions, s => Assert.True(s.Date <= Dates.D("2026-01-12")));
    }
}
