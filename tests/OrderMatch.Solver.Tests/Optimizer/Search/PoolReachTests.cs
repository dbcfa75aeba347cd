using OrderMatch.Domain.Calendar;
using OrderMatch.Domain.Model;
using OrderMatch.Solver.Planning;
using OrderMatch.Solver.Tests.Optimizer.Builders;

namespace OrderMatch.Solver.Tests.Optimizer.Search;

/// <summary>
/// Orders that no class can ever hold count at their full penalty in the proven bound. Course C1 needs 10 trainees;
/// O1 has 6 and O2 has 5, so only together can they open a class.
/// </summary>
public class PoolReachTests
{
    private static ScenarioBuilder TwoSmallOrders(string o2Slot) => ScenarioBuilder.Minimal()
        .Course("C1", c => c with { MinSize = 10 })
        .Order("O1", 6, o => o with { AllowedSlots = ["Mon-AM"] })
        .Order("O2", 5, o => o with { AllowedSlots = [o2Slot] });

    private static HashSet<string> Unreachable(Scenario scenario)
    {
        var index = new ScenarioIndex(scenario);
        var calendar = new ScenarioCalendar(scenario.Horizon);
        var eligibility = EligibilityAnalyzer.Analyze(index);
        var demand = scenario.Orders.Select(o => new DemandItem(eligibility[o.Id], o.Trainees)).ToList();
        return PoolReach.Unreachable([new CourseSpace(index.Courses["C1"], demand, calendar, index)]);
    }

    [Fact]
    public void Orders_that_can_meet_in_one_class_are_reachable()
    {
        Assert.Empty(Unreachable(TwoSmallOrders("Mon-AM").Build()));
    }

    [Fact]
    public void H5_orders_that_never_share_a_time_cannot_reach_the_minimum_size()
    {
        Assert.Equal(["O1", "O2"], Unreachable(TwoSmallOrders("Tue-AM").Build()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void H8_a_pool_whose_only_trainer_is_away_does_not_count()
    {
        var scenario = TwoSmallOrders("Mon-AM").Unavailable("T1", Dates.Slot("2026-01-12", "AM")).Build();

        Assert.Equal(["O1", "O2"], Unreachable(scenario).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_sliced_run_proves_the_penalty_of_orders_that_cannot_pool()
    {
        var scenario = TwoSmallOrders("Tue-AM").Trainer("T2").Institution("I1", i => i with { Rooms = [.. i.Rooms, ScenarioBuilder.Room("I1-R2", 20)] }).Build();

        var plan = PlanOptimizer.Solve(scenario, Solving.Options with { MaxCandidatesPerModel = 10 }).Plan;

        var penalty = ((6 * 3) + (5 * 3)) * scenario.Policy.UnservedTraineePenalty;
        Assert.Equal(penalty, plan.Objective.Total, 2);
        Assert.Equal(penalty, plan.Solver!.Bound!.Value, 2);
        Assert.Equal(SolverStatus.Optimal, plan.Solver.Status);
    }
}
