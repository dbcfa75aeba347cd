using OrderMatch.Domain.Model;
using OrderMatch.Solver.Planning;
using OrderMatch.Solver.Tests.Optimizer.Builders;

namespace OrderMatch.Solver.Tests.Optimizer.Search;

/// <summary>
/// Class removal: I1 may run one class at a time (H16) and holds one for O1 (priority 1), whose class of at most 10
/// has no seat left. O2 (priority 5) can only afford I1 (its price cap is below I2's price), so it stays unserved
/// whatever the repair tries; O1 could go to I2. Taking O1's class out and repairing serves both; so does re-planning
/// the course by the dive.
/// </summary>
public class ClassRemovalTests
{
    private static RepairFixture Fixture() =>
        new(ScenarioBuilder.Minimal()
            .Course("C1", c => c with { MaxSize = 10 })
            .Institution("I1", i => i with { MaxConcurrentClasses = 1 })
            .Institution("I2", i => i with { MaxConcurrentClasses = 1, Offers = [new Offer("C1", 150)] })
            .Trainer("T2", institution: "I2")
            .Order("O1", 10, o => o with { Priority = 1 })
            .Order("O2", 10, o => o with { Priority = 5, MaxPricePerTrainee = 120 })
            .Build());

    private static List<ChosenClass> Plan(RepairFixture fixture)
    {
        var ids = fixture.Space.Orders.Select(o => o.OrderId).ToList();
        var o1 = ids.IndexOf("O1");
        var k = fixture.Candidates.First(c => c.Site.Institution.Id == "I1" && c.Orders.Any(x => x.Order == o1));
        return [new ChosenClass(k, ids, [("O1", 10)])];
    }

    private static List<ChosenClass> Improve(RepairFixture fixture, int removalPasses)
    {
        // No sweep, MIP or dive: what changes the plan is the repair and the removal alone.
        var options = new SolveOptions { GreedySweeps = 0, NeighbourhoodsPerSecond = 0, RemovalPasses = removalPasses, RedivesPerSecond = 0 };
        return fixture.Search(options).Improve(Plan(fixture), () => 30, improved: null, CancellationToken.None);
    }

    private static int Served(List<ChosenClass> plan, string order) =>
        plan.SelectMany(c => c.Enrollments).Where(e => e.Order == order).Sum(e => e.Trainees);

    [Fact]
    public void Without_removal_the_repair_alone_leaves_the_high_priority_order_out()
    {
        var plan = Improve(Fixture(), removalPasses: 0);

        Assert.Equal(10, Served(plan, "O1"));
        Assert.Equal(0, Served(plan, "O2"));
    }

    [Fact]
    public void H16_removing_the_class_that_fills_the_institution_serves_both_orders()
    {
        var fixture = Fixture();

        var plan = Improve(fixture, removalPasses: 1);

        Assert.Equal(10, Served(plan, "O1"));
        Assert.Equal(10, Served(plan, "O2"));
        var o2Class = Assert.Single(plan, c => c.Enrollments.Any(e => e.Order == "O2"));
        Assert.Equal("I1", o2Class.Class.Site.Institution.Id);
        Assert.Equal("I2", Assert.Single(plan, c => c.Enrollments.Any(e => e.Order == "O1")).Class.Site.Institution.Id);
        // Every institution keeps its limit of one class at a time.
        var ledger = new ResourceLedger(fixture.Calendar);
        foreach (var chosen in plan)
        {
            Assert.True(ledger.Admits(chosen.Class));
            ledger.Book(chosen.Class);
        }
    }

    [Fact]
    public void H16_re_planning_the_course_by_the_dive_serves_both_orders()
    {
        var fixture = Fixture();
        // No sweep, MIP, repair or removal: what changes the plan is the dive alone.
        var search = fixture.Search(new SolveOptions { GreedySweeps = 0, NeighbourhoodsPerSecond = 0, RepairUnserved = false });

        var plan = search.Improve(Plan(fixture), () => 30, improved: null, CancellationToken.None);

        Assert.Equal(10, Served(plan, "O1"));
        Assert.Equal(10, Served(plan, "O2"));
        Assert.Equal("I1", Assert.Single(plan, c => c.Enrollments.Any(e => e.Order == "O2")).Class.Site.Institution.Id);
        Assert.Equal("I2", Assert.Single(plan, c => c.Enrollments.Any(e => e.Order == "O1")).Class.Site.Institution.Id);
        Assert.True(search.RediveImprovements >= 1, $"{search.RediveAttempts} dives, none kept");
    }
}
