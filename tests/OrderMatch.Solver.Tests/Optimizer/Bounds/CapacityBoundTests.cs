using OrderMatch.Domain.Calendar;
using OrderMatch.Domain.Model;
using OrderMatch.Solver.Planning;
using OrderMatch.Solver.Tests.Optimizer.Builders;
using static OrderMatch.Solver.Tests.Optimizer.Builders.Solving;

namespace OrderMatch.Solver.Tests.Optimizer.Bounds;

/// <summary>
/// The capacity relaxation charges institution concurrency (H16): I1 may run one class a week, the horizon has one
/// week, and two orders of 10 each fill a class of at most 10. Only one order can be served, which the separable
/// bound does not see and the relaxation proves (up to its floating-point margin): 10 trainees at 100 + 800 ÷ 10
/// opening, 10 unserved at 3 × 10,000.
/// </summary>
public class CapacityBoundTests
{
    private const double Optimum = (10 * (100 + 80)) + (10 * 3 * 10000);

    private static Scenario OneClassAWeek() => ScenarioBuilder.Minimal()
        .Horizon(h => h with { Weeks = 1 })
        .Course("C1", c => c with { Sessions = 1, MaxSize = 10 })
        .Institution("I1", i => i with { MaxConcurrentClasses = 1, Rooms = [.. i.Rooms, ScenarioBuilder.Room("I1-R2", 20)] })
        .Order("O1", 10)
        .Order("O2", 10)
        .Build();

    private static List<DemandItem> Demand(Scenario scenario, ScenarioIndex index)
    {
        var eligibility = EligibilityAnalyzer.Analyze(index);
        return [.. scenario.Orders.Select(o => new DemandItem(eligibility[o.Id], o.Trainees))];
    }

    [Fact]
    public void Institution_concurrency_raises_the_bound_to_the_optimum()
    {
        var scenario = OneClassAWeek();
        var index = new ScenarioIndex(scenario);
        var demand = Demand(scenario, index);

        var relaxed = CapacityBound.Of(index, new ScenarioCalendar(scenario.Horizon), demand, [], ClassCeilings.None, 10, CancellationToken.None);
        var separable = LowerBound.Of(index, [], demand, scenario.Orders, new Dictionary<string, int>(), new HashSet<string>(), ClassCeilings.None);

        Assert.Equal(2 * 10 * 180, separable, 6);
        Assert.NotNull(relaxed);
        Assert.InRange(relaxed.Value, Optimum - 1, Optimum);
    }

    [Fact]
    public void A_pinned_class_uses_up_the_week()
    {
        var scenario = OneClassAWeek();
        var index = new ScenarioIndex(scenario);
        var pin = Classes.Make(scenario, "P1", "I1", "T1", "I1-R1", 1, ["Mon-AM"], new Enrollment("O1", 10));

        var relaxed = CapacityBound.Of(index, new ScenarioCalendar(scenario.Horizon), [Demand(scenario, index)[1]], [pin], ClassCeilings.None, 10, CancellationToken.None);

        Assert.NotNull(relaxed);
        Assert.InRange(relaxed.Value, (10 * 3 * 10000) - 1, 10 * 3 * 10000);
    }

    [Fact]
    public void The_plan_reports_the_relaxation_as_its_proven_bound()
    {
        var scenario = OneClassAWeek();

        var plan = SolveValid(scenario);

        Assert.Equal(Optimum, plan.Objective.Total, 2);
        Assert.InRange(plan.Solver!.Bound!.Value, Optimum - 1, Optimum);
        Assert.Equal(SolverStatus.Optimal, plan.Solver.Status);
    }

    /// <summary>
    /// I1 may run one class a week. O1's course needs two consecutive weeks inside weeks 1–3, so its class holds week 2
    /// whatever its start; O2's one-week course must run in week 2. Only one can be served. Each order's window lies
    /// inside weeks 1–3, where three class-weeks cover both classes' three, so only the week its class cannot avoid
    /// tells.
    /// </summary>
    [Fact]
    public void A_week_that_every_class_of_an_order_must_hold_is_charged_to_that_week()
    {
        var scenario = ScenarioBuilder.Minimal()
            .Horizon(h => h with { Weeks = 3 })
            .Course("C1", c => c with { Sessions = 2, SessionsPerWeek = 1, MaxSize = 10 })
            .Course("C2", c => c with { Sessions = 1, SessionsPerWeek = 1, MaxSize = 10 })
            .Institution("I1", i => i with { MaxConcurrentClasses = 1, Offers = [new Offer("C1", 100), new Offer("C2", 100)] })
            .Order("O1", 10)
            .Order("O2", 10, o => o with { Course = "C2", EarliestStart = Dates.D("2026-01-12"), Deadline = Dates.D("2026-01-18") })
            .Build();
        var index = new ScenarioIndex(scenario);
        var demand = Demand(scenario, index);

        var relaxed = CapacityBound.Of(index, new ScenarioCalendar(scenario.Horizon), demand, [], ClassCeilings.None, 10, CancellationToken.None);
        var plan = SolveValid(scenario);

        Assert.NotNull(relaxed);
        Assert.InRange(relaxed.Value, Optimum - 1, Optimum);
        Assert.Equal(Optimum, plan.Objective.Total, 2);
        Assert.Equal(10, plan.Unassigned.Sum(u => u.Trainees));
    }

    /// <summary>
    /// I1 runs one class a week for a week; its room and the course take 20. O1 trains only on Monday mornings and O2
    /// only on Tuesday mornings, so no class holds both and each class holds 5 at most: one order is served (5 × 100 +
    /// 800 opening) and one is not (5 × 3 × 10,000). Charged a twentieth of a class each, both orders would fit.
    /// </summary>
    [Fact]
    public void Orders_that_cannot_share_a_class_are_charged_the_class_they_can_fill()
    {
        const double optimum = (5 * 100) + 800 + (5 * 3 * 10000);
        var scenario = ScenarioBuilder.Minimal()
            .Horizon(h => h with { Weeks = 1 })
            .Course("C1", c => c with { Sessions = 1, MinSize = 1 })
            .Institution("I1", i => i with { MaxConcurrentClasses = 1 })
            .Order("O1", 5, o => o with { AllowedSlots = ["Mon-AM"] })
            .Order("O2", 5, o => o with { AllowedSlots = ["Tue-AM"] })
            .Build();
        var index = new ScenarioIndex(scenario);
        var calendar = new ScenarioCalendar(scenario.Horizon);
        var demand = Demand(scenario, index);
        var ceilings = new ClassCeilings();
        PoolReach.Unreachable([new CourseSpace(index.Courses["C1"], demand, calendar, index)], ceilings);

        var withCeilings = CapacityBound.Of(index, calendar, demand, [], ceilings, 10, CancellationToken.None);
        var without = CapacityBound.Of(index, calendar, demand, [], ClassCeilings.None, 10, CancellationToken.None);

        Assert.NotNull(withCeilings);
        Assert.InRange(withCeilings.Value, optimum - 1, optimum);
        Assert.NotNull(without);
        Assert.True(without.Value < optimum - 10000, $"without ceilings both orders share one class-week, but the bound was {without.Value:N2}");
        Assert.Equal(optimum, SolveValid(scenario).Objective.Total, 2);
    }

    /// <summary>
    /// I1 has no room of its own: its one class (10 trainees) must use base B1's room for 10 at 50 a session, and
    /// its only trainer lives 10 km away. Room fees (2 × 50) and trainer travel (2 sessions × 2 × 10 km × 1.0) are
    /// costs of the class, which the separable bound now shares over the largest class the site can hold.
    /// </summary>
    [Fact]
    public void Room_fees_and_trainer_travel_are_shared_over_the_largest_class()
    {
        const double optimum = 800 + (2 * 50) + (2 * 2 * 10 * 1.0) + (10 * 100);
        var scenario = ScenarioBuilder.Minimal()
            .Institution("I1", i => i with { Rooms = [] })
            .Base("B1", 0, 10, 50)
            .Trainer("T1", t => t with { Location = Place.Km(10) })
            .Order("O1", 10)
            .Build();
        var index = new ScenarioIndex(scenario);
        var demand = Demand(scenario, index);
        var ceilings = new ClassCeilings();
        PoolReach.Unreachable([new CourseSpace(index.Courses["C1"], demand, new ScenarioCalendar(scenario.Horizon), index)], ceilings);

        var separable = LowerBound.Of(index, [], demand, scenario.Orders, new Dictionary<string, int>(), new HashSet<string>(), ceilings);

        Assert.Equal(optimum, separable, 6);
        Assert.Equal(optimum, SolveValid(scenario).Objective.Total, 2);
    }
}
