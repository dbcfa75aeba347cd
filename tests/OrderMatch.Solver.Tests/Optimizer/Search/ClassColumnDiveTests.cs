using OrderMatch.Domain.Generation;
using OrderMatch.Domain.Model;
using OrderMatch.Solver.Planning;
using OrderMatch.Solver.Tests.Optimizer.Bounds;
using OrderMatch.Solver.Tests.Optimizer.Builders;
using static OrderMatch.Solver.Tests.Optimizer.Builders.Solving;

namespace OrderMatch.Solver.Tests.Optimizer.Search;

/// <summary>
/// The dive books for real the classes the whole-class LP opens, re-solving the LP on what is left after each; what
/// the LP relaxes (one trainer per class, whole orders and chunks) must hold in what it books.
/// </summary>
public class ClassColumnDiveTests
{
    /// <summary>One-session course, up to 20 a class; every order may only train on Monday morning of week 1.</summary>
    private static ScenarioBuilder MondayOfWeekOne() => ScenarioBuilder.Minimal()
        .Course("C1", c => c with { Sessions = 1, SessionsPerWeek = 1, MinSize = 1, MaxSize = 20 });

    private static TrainingOrder WeekOneMonday(TrainingOrder o) => o with { Deadline = Dates.D("2026-01-11"), AllowedSlots = ["Mon-AM"] };

    private static List<ChosenClass> Dive(Scenario scenario)
    {
        var (index, calendar, _, spaces) = ClassColumnBoundTests.Inputs(scenario);
        var result = ClassColumnDive.Plan(index, calendar, spaces, new HashSet<string>(), [], new CandidateGenerator(calendar, scenario.Policy, []),
            10, CancellationToken.None);
        Assert.NotNull(result);
        Assert.True(result.Finished);
        return result.Classes;
    }

    /// <summary>The LP's optimum is one class of A and B in week 1 (C, on Tuesdays, cannot join it): the dive books it.</summary>
    [Fact]
    public void The_class_the_lp_opens_is_booked_with_what_it_holds()
    {
        var k = Assert.Single(Dive(ClassColumnBoundTests.WeekOneHoldsOneOfTwo()));

        Assert.Equal(1, k.Class.StartWeek);
        Assert.Equal([("A", 6), ("B", 6)], k.Enrollments.OrderBy(e => e.Order, StringComparer.Ordinal));
    }

    /// <summary>
    /// Two rooms but one trainer: the LP, which does not follow trainers, opens a class for each order at once; the dive
    /// books one and then finds no trainer for the other.
    /// </summary>
    [Fact]
    public void The_one_trainer_is_not_booked_twice_at_once()
    {
        var scenario = MondayOfWeekOne()
            .Institution("I1", i => i with { Rooms = [.. i.Rooms, ScenarioBuilder.Room("I1-R2", 20)] })
            .Order("A", 20, WeekOneMonday)
            .Order("B", 20, WeekOneMonday)
            .Build();
        var (index, calendar, _, spaces) = ClassColumnBoundTests.Inputs(scenario);
        var bound = ClassColumnBound.Of(index, calendar, spaces, new HashSet<string>(), [], 10, CancellationToken.None)?.Bound;

        var k = Assert.Single(Dive(scenario));

        Assert.NotNull(bound);
        Assert.True(bound < 20 * 3 * scenario.Policy.UnservedTraineePenalty, $"the LP should serve both orders, but its bound is {bound:N2}");
        Assert.Equal(20, k.Enrollments.Sum(e => e.Trainees));
    }

    /// <summary>
    /// One class of 20 fits; A (15, priority 5) and B (15) must be kept whole, C (10) comes in chunks of 8 at least. The
    /// LP fills the class's last 5 seats with part of B or C; the dive may not (H11).
    /// </summary>
    [Fact]
    public void Whole_orders_and_chunks_are_kept()
    {
        var scenario = MondayOfWeekOne()
            .Order("A", 15, o => WeekOneMonday(o) with { Priority = 5, Splittable = false })
            .Order("B", 15, o => WeekOneMonday(o) with { Splittable = false })
            .Order("C", 10, o => WeekOneMonday(o) with { MinChunk = 8 })
            .Build();

        var k = Assert.Single(Dive(scenario));

        Assert.Equal([("A", 15)], k.Enrollments);
    }

    /// <summary>
    /// The dive may take the whole run (it needs a few seconds here); with no neighbourhood MIP, sweep or removal, the
    /// search re-plans neighbourhoods by the dive around the classes it keeps until the time is up.
    /// </summary>
    [Fact]
    public void A_generated_city_starts_from_the_dive_is_re_dived_and_its_plan_checks()
    {
        var scenario = ScenarioGenerator.Generate(Tier.S, 1);

        var report = PlanOptimizer.Solve(scenario, new SolveOptions
        {
            TimeLimitSeconds = 30, DiveShare = 1, NeighbourhoodsPerSecond = 0, GreedySweeps = 0, RemovalPasses = 0,
        });

        Assert.True(report.DivedClasses > 0, "the search should start from the dive's classes");
        Assert.True(report.NeighbourhoodsRedived > 0, "the search should re-plan neighbourhoods by the dive");
        AssertPasses(scenario, report.Plan);
        Assert.All(report.Plan.Unassigned, u => Assert.NotEmpty(u.Reasons));
    }

    /// <summary>A dive its share of time cannot finish is dropped, and the slices build the plan.</summary>
    [Fact]
    public void A_dive_without_time_gives_way_to_the_slices()
    {
        var scenario = ScenarioGenerator.Generate(Tier.S, 4);

        var report = PlanOptimizer.Solve(scenario, new SolveOptions { TimeLimitSeconds = 8, DiveShare = 1e-9 });

        Assert.Null(report.DivedClasses);
        AssertPasses(scenario, report.Plan);
    }
}
