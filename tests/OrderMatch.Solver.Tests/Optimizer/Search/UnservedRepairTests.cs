using OrderMatch.Solver.Tests.Optimizer.Builders;

namespace OrderMatch.Solver.Tests.Optimizer.Search;

/// <summary>
/// The repair serves unserved demand without a MIP. Course C1 (2 sessions, one a week, over the 2-week horizon) has a
/// class at I1 holding O1's 10 trainees on Monday mornings; O2's 6 trainees are unserved.
/// </summary>
public class UnservedRepairTests
{
    private const int Penalty = 10000;
    private const int Priority = 3;

    private static RepairFixture Fixture(int roomSeats = 20, string o2Slot = "Mon-AM", bool o2Splittable = true, int maxConcurrent = 5) =>
        new(ScenarioBuilder.Minimal()
            .Institution("I1", i => i with { Rooms = [ScenarioBuilder.Room("I1-R1", roomSeats)], MaxConcurrentClasses = maxConcurrent })
            .Order("O1", 10, o => o with { AllowedSlots = ["Mon-AM"] })
            .Order("O2", 6, o => o with { AllowedSlots = [o2Slot], Splittable = o2Splittable })
            .Build());

    [Fact]
    public void An_unserved_order_joins_a_class_with_free_seats_that_suits_it()
    {
        var fixture = Fixture();
        var plan = fixture.Open("O1", ("O1", 10));

        var (repaired, gain) = fixture.Repair().Insert([plan]);

        var only = Assert.Single(repaired);
        Assert.Equal([("O1", 10), ("O2", 6)], only.Enrollments);
        Assert.Equal(6 * ((Priority * Penalty) - fixture.PerTrainee(plan, "O2")), gain, 6);
    }

    [Fact]
    public void H5_H11_an_unsplittable_order_does_not_join_a_class_without_seats_for_all_its_trainees()
    {
        var fixture = Fixture(roomSeats: 12, o2Splittable: false);
        var plan = fixture.Open("O1", ("O1", 10));

        var (repaired, gain) = fixture.Repair().Insert([plan]);

        Assert.Equal([("O1", 10)], Assert.Single(repaired).Enrollments);
        Assert.Equal(0, gain);
    }

    [Fact]
    public void H5_a_splittable_order_fills_the_free_seats_only()
    {
        var fixture = Fixture(roomSeats: 12);
        var plan = fixture.Open("O1", ("O1", 10));

        var (repaired, _) = fixture.Repair().Insert([plan]);

        Assert.Equal([("O1", 10), ("O2", 2)], Assert.Single(repaired).Enrollments);
    }

    [Fact]
    public void An_order_no_class_suits_gets_a_new_class_of_its_own()
    {
        var fixture = Fixture(o2Slot: "Tue-AM");
        var plan = fixture.Open("O1", ("O1", 10));

        var (inserted, insertGain) = fixture.Repair().Insert([plan]);
        var (opened, openGain) = fixture.Repair().Open(inserted);

        Assert.Equal(0, insertGain);
        Assert.Equal(2, opened.Count);
        Assert.Equal([("O2", 6)], opened[1].Enrollments);
        Assert.Equal("Tue-AM", Assert.Single(opened[1].Class.Pattern).ToString());
        var cost = opened[1].Class.FixedCost + (6 * fixture.PerTrainee(opened[1], "O2"));
        Assert.Equal((6 * Priority * Penalty) - cost, openGain, 6);
    }

    [Fact]
    public void H16_no_class_is_opened_at_an_institution_already_at_its_weekly_limit()
    {
        var fixture = Fixture(o2Slot: "Tue-AM", maxConcurrent: 1);
        var plan = fixture.Open("O1", ("O1", 10));

        var (opened, gain) = fixture.Repair().Open([plan]);

        Assert.Single(opened);
        Assert.Equal(0, gain);
    }

    [Fact]
    public void A_course_that_opened_nothing_is_tried_again_only_once_its_missing_trainees_or_the_classes_on_its_resources_change()
    {
        var fixture = Fixture(o2Slot: "Tue-AM", maxConcurrent: 1);
        var repair = fixture.Repair();
        var full = fixture.Open("O1", ("O1", 10));

        repair.Open([full]);
        var (unchanged, unchangedGain) = repair.Open([full]);
        Assert.Equal((1, 1), (repair.Opened, repair.Skipped));
        Assert.Equal(0, unchangedGain);
        Assert.Single(unchanged);

        // O1 misses 4 trainees now: the same classes, other missing trainees, so the greedy runs again (and still
        // finds the institution full).
        var (fewer, fewerGain) = repair.Open([full with { Enrollments = [("O1", 6)] }]);
        Assert.Equal((2, 1), (repair.Opened, repair.Skipped));
        Assert.Equal(0, fewerGain);
        Assert.Single(fewer);

        // Without the class the institution has room for one again: tried again, and a class is opened.
        var (opened, gain) = repair.Open([]);
        Assert.Equal((3, 1), (repair.Opened, repair.Skipped));
        Assert.True(gain > 0);
        Assert.Single(opened);
    }
}
