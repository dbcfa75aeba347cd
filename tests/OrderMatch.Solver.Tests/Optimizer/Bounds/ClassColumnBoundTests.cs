using OrderMatch.Domain.Calendar;
using OrderMatch.Domain.Model;
using OrderMatch.Solver.Planning;
using OrderMatch.Solver.Tests.Optimizer.Builders;
using static OrderMatch.Solver.Tests.Optimizer.Builders.Solving;

namespace OrderMatch.Solver.Tests.Optimizer.Bounds;

/// <summary>
/// The relaxation over whole classes sees what class shares cannot. I1 runs one class a week over two weeks; the
/// one-session course holds up to 12. A (6) and C (6) must train in week 1, A only on Monday mornings and C only on
/// Tuesday mornings, so no class holds both; B (6) may train in either week on Monday mornings. Week 1 can serve A or
/// C, never both, so 6 trainees stay unserved: the optimum is one class of A and B (800 + 12 × 100) and C unserved
/// (6 × 3 × 10,000). In class shares A and C each fill half of week 1's class, so that relaxation serves both.
/// </summary>
public class ClassColumnBoundTests
{
    private const double Optimum = 800 + (12 * 100) + (6 * 3 * 10000);

    private static Scenario WeekOneHoldsOneOfTwo() => ScenarioBuilder.Minimal()
        .Course("C1", c => c with { Sessions = 1, SessionsPerWeek = 1, MinSize = 1, MaxSize = 12 })
        .Institution("I1", i => i with { MaxConcurrentClasses = 1 })
        .Order("A", 6, o => o with { Deadline = Dates.D("2026-01-11"), AllowedSlots = ["Mon-AM"] })
        .Order("B", 6, o => o with { AllowedSlots = ["Mon-AM"] })
        .Order("C", 6, o => o with { Deadline = Dates.D("2026-01-11"), AllowedSlots = ["Tue-AM"] })
        .Build();

    private static (ScenarioIndex Index, ScenarioCalendar Calendar, List<DemandItem> Demand, List<CourseSpace> Spaces) Inputs(Scenario scenario)
    {
        var index = new ScenarioIndex(scenario);
        var calendar = new ScenarioCalendar(scenario.Horizon);
        var eligibility = EligibilityAnalyzer.Analyze(index);
        List<DemandItem> demand = [.. scenario.Orders.Select(o => new DemandItem(eligibility[o.Id], o.Trainees))];
        List<CourseSpace> spaces = [.. demand.GroupBy(d => d.Eligibility.Course.Id).Select(g => new CourseSpace(index.Courses[g.Key], [.. g], calendar, index))];
        return (index, calendar, demand, spaces);
    }

    [Fact]
    public void Whole_classes_prove_that_one_week_cannot_serve_two_orders_that_never_pool()
    {
        var (index, calendar, demand, spaces) = Inputs(WeekOneHoldsOneOfTwo());
        var ceilings = new ClassCeilings();
        var unreachable = PoolReach.Unreachable(spaces, ceilings);

        var classes = ClassColumnBound.Of(index, calendar, spaces, unreachable, [], 10, CancellationToken.None);
        var shares = CapacityBound.Of(index, calendar, demand, [], ceilings, 10, CancellationToken.None);

        Assert.Empty(unreachable);
        Assert.NotNull(classes);
        Assert.InRange(classes.Value, Optimum - 1, Optimum);
        Assert.NotNull(shares);
        Assert.True(shares.Value < Optimum - 10000, $"class shares alone should serve A and C in part, but gave {shares.Value:N2}");
    }

    [Fact]
    public void The_plan_reaches_the_bound()
    {
        var plan = SolveValid(WeekOneHoldsOneOfTwo());

        Assert.Equal(Optimum, plan.Objective.Total, 2);
        Assert.InRange(plan.Solver!.Bound!.Value, Optimum - 1, Optimum);
    }

    [Fact]
    public void No_time_gives_no_bound()
    {
        var (index, calendar, _, spaces) = Inputs(WeekOneHoldsOneOfTwo());

        Assert.Null(ClassColumnBound.Of(index, calendar, spaces, new HashSet<string>(), [], 0, CancellationToken.None));
    }
}
