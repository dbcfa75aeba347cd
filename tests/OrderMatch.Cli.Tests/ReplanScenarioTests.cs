using OrderMatch.Cli.Benchmarks;
using OrderMatch.Domain.Model;
using OrderMatch.Domain.Validation;

namespace OrderMatch.Cli.Tests;

/// <summary>The re-planning experiment's inputs: new orders derived from the scenario, declined classes, the scenario to re-plan.</summary>
public sealed class ReplanScenarioTests
{
    private static Scenario City => ApprovedCity.Scenario;

    [Fact]
    public void Five_percent_new_orders_continue_the_numbering_with_ids_not_in_use()
    {
        var orders = ReplanOrders.Derive(City, 5, seed: 1);

        Assert.Equal(15, orders.Count);
        Assert.Equal(Enumerable.Range(301, 15).Select(n => $"O{n}"), orders.Select(o => o.Id));
        Assert.Empty(orders.Select(o => o.Id).Intersect(City.Orders.Select(o => o.Id)));
    }

    [Fact]
    public void New_orders_use_the_scenarios_enterprises_courses_sizes_and_windows()
    {
        var orders = ReplanOrders.Derive(City, 20, seed: 4);
        var enterprises = City.Enterprises.ToDictionary(e => e.Id);
        var courses = City.Courses.ToDictionary(c => c.Id);

        Assert.Equal(60, orders.Count);
        foreach (var order in orders)
        {
            Assert.Contains(order.Enterprise, enterprises.Keys);
            Assert.Contains(order.Course, courses.Keys);
            var size = enterprises[order.Enterprise].Size;
            Assert.Contains(order.Trainees, City.Orders.Where(o => enterprises[o.Enterprise].Size == size).Select(o => o.Trainees));
            Assert.Contains((order.EarliestStart, order.Deadline), City.Orders.Where(o => o.Course == order.Course).Select(o => (o.EarliestStart, o.Deadline)));
            Assert.InRange(order.MinChunk, 1, order.Trainees);
            Assert.True(order.Splittable || order.Trainees <= courses[order.Course].MaxSize, $"{order.Id}: an indivisible team larger than any class");
        }

        Assert.True(orders.Select(o => o.Enterprise).Distinct().Count() > 20, "new orders come from many enterprises");
    }

    [Fact]
    public void The_same_seed_gives_the_same_new_orders_and_declines_and_another_seed_others()
    {
        var classes = Classes(150);

        Assert.Equal(ReplanOrders.Derive(City, 5, 7), ReplanOrders.Derive(City, 5, 7));
        Assert.NotEqual(ReplanOrders.Derive(City, 5, 7), ReplanOrders.Derive(City, 5, 8));
        Assert.Equal(ReplanDeclines.Choose(classes, 3, 7), ReplanDeclines.Choose(classes, 3, 7));
        Assert.NotEqual(ReplanDeclines.Choose(classes, 3, 7), ReplanDeclines.Choose(classes, 3, 8));
    }

    [Fact]
    public void Three_percent_of_150_classes_declines_five_distinct_classes_of_the_plan_in_its_order()
    {
        var classes = Classes(150);

        var declined = ReplanDeclines.Choose(classes, 3, seed: 2);

        Assert.Equal(5, declined.Count);
        Assert.Equal(5, declined.Distinct().Count());
        Assert.All(declined, id => Assert.Contains(id, classes.Select(c => c.Id)));
        Assert.Equal(declined.OrderBy(id => classes.FindIndex(c => c.Id == id)), declined);
    }

    [Theory]
    [InlineData(300, 5, 15)]
    [InlineData(150, 3, 5)]
    [InlineData(101, 3, 3)]
    [InlineData(40, 0, 0)]
    [InlineData(40, 100, 40)]
    public void A_percentage_of_a_collection_rounds_half_away_from_zero(int total, double percent, int expected) =>
        Assert.Equal(expected, ReplanPercent.Of(total, percent));

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    [InlineData(double.NaN)]
    public void A_percentage_outside_0_to_100_is_refused(double percent) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ReplanPercent.Of(10, percent));

    [Fact]
    public void The_scenario_to_replan_adds_the_orders_and_keeps_the_approved_plan_less_the_declined_classes_as_previous_plan()
    {
        var approved = ApprovedCity.Plan;

        var replan = ReplanScenario.Build(City, approved, 5, 3, seed: 1);

        Assert.Equal(City.Orders.Concat(replan.NewOrders), replan.Scenario.Orders);
        Assert.Equal(ReplanPercent.Of(approved.Classes.Count, 3), replan.Declined.Count);
        Assert.Equal(approved.Classes.Where(c => !replan.Declined.Contains(c.Id)), replan.Previous);
        Assert.Null(replan.FromScratch.PreviousPlan);
        Assert.Equal(replan.Scenario.Orders, replan.FromScratch.Orders);
        Assert.Empty(ScenarioLoader.Validate(replan.Scenario));
    }

    private static List<PlanClass> Classes(int count) =>
        [.. Enumerable.Range(1, count).Select(i => new PlanClass
        {
            Id = $"K{i:D4}", Course = "C", Institution = "I", Trainer = "T", Room = "R", StartWeek = 1, Pattern = ["Mon-AM"],
        })];
}
