using OrderMatch.Domain.Calendar;
using OrderMatch.Domain.Checking;
using OrderMatch.Domain.Generation;
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
    internal const double Optimum = 800 + (12 * 100) + (6 * 3 * 10000);

    internal static Scenario WeekOneHoldsOneOfTwo() => ScenarioBuilder.Minimal()
        .Course("C1", c => c with { Sessions = 1, SessionsPerWeek = 1, MinSize = 1, MaxSize = 12 })
        .Institution("I1", i => i with { MaxConcurrentClasses = 1 })
        .Order("A", 6, o => o with { Deadline = Dates.D("2026-01-11"), AllowedSlots = ["Mon-AM"] })
        .Order("B", 6, o => o with { AllowedSlots = ["Mon-AM"] })
        .Order("C", 6, o => o with { Deadline = Dates.D("2026-01-11"), AllowedSlots = ["Tue-AM"] })
        .Build();

    internal static (ScenarioIndex Index, ScenarioCalendar Calendar, List<DemandItem> Demand, List<CourseSpace> Spaces) Inputs(Scenario scenario)
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

        var classes = ClassColumnBound.Of(index, calendar, spaces, unreachable, [], 10, CancellationToken.None)?.Bound;
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

    /// <summary>
    /// Week 1, which A and C contend for, is priced; week 2, where B may go alone, is not. A class charged those prices
    /// costs its week's price more, and a solution over the charged classes reads back as one over the originals.
    /// </summary>
    [Fact]
    public void The_contended_week_is_priced_and_charged_to_its_classes()
    {
        var scenario = WeekOneHoldsOneOfTwo();
        var (index, calendar, _, spaces) = Inputs(scenario);
        var classes = ClassColumnBound.Of(index, calendar, spaces, new HashSet<string>(), [], 10, CancellationToken.None);
        var candidates = new CandidateGenerator(calendar, scenario.Policy, []).Generate(spaces, new ResourceLedger(calendar), 10_000,
            new Dictionary<string, OrderDiagnostics>()).Candidates;
        var weekOne = candidates.First(c => c.StartWeek == 1);
        var weekTwo = candidates.First(c => c.StartWeek == 2);

        Assert.NotNull(classes);
        var prices = classes.Prices;
        Assert.True(prices.Of(weekOne) > 0, "week 1 should be priced");
        Assert.Equal(0, prices.Of(weekTwo));
        var (charged, restore) = prices.Charge(candidates, []);
        var chargedOne = charged[candidates.ToList().IndexOf(weekOne)];
        Assert.Equal(weekOne.FixedCost + prices.Of(weekOne), chargedOne.FixedCost, 6);
        Assert.Same(weekTwo, charged[candidates.ToList().IndexOf(weekTwo)]);
        var restored = restore(new SliceSolution([(chargedOne, [(0, 6)])]));
        Assert.Same(weekOne, Assert.Single(restored.Classes).Class);
    }

    /// <summary>
    /// A generated city built slice by slice (no dive) without the week prices (the default charges them) still passes
    /// every check.
    /// </summary>
    [Fact]
    public void A_generated_city_is_planned_validly_without_week_prices()
    {
        var scenario = ScenarioGenerator.Generate(Tier.S, 4);

        var plan = PlanOptimizer.Solve(scenario, new SolveOptions { TimeLimitSeconds = 8, PriceInstitutionWeeks = false, DiveShare = 0 }).Plan;

        var report = PlanChecker.Check(scenario, plan);
        Assert.True(report.Passes, string.Join("; ", report.Violations.Select(v => v.Message).Concat(report.ObjectiveMismatches)));
    }
}
