using OrderMatch.Domain.Model;
using OrderMatch.Solver.Planning;
using OrderMatch.Solver.Tests.Optimizer.Builders;

namespace OrderMatch.Solver.Tests.Optimizer.Search;

/// <summary>
/// Neighbourhoods re-solved side by side all start from the same plan; a result after the first is carried over to what
/// the earlier ones made of it only if it still keeps the rules. One institution with one room and one trainer T1;
/// course C1 (2 sessions, one a week); O1 (10 trainees) and O2 (6) may each take Monday or Tuesday mornings. Both
/// results below were found on the empty plan; the first opened a Monday class for O1.
/// </summary>
public class ResultMergeTests
{
    private static RepairFixture Fixture() =>
        new(ScenarioBuilder.Minimal()
            .Order("O1", 10, o => o with { AllowedSlots = ["Mon-AM", "Tue-AM"] })
            .Order("O2", 6, o => o with { AllowedSlots = ["Mon-AM", "Tue-AM"] })
            .Build());

    private static ChosenClass Class(RepairFixture fixture, string slot, params (string Order, int Trainees)[] enrollments)
    {
        var ids = fixture.Space.Orders.Select(o => o.OrderId).ToList();
        var k = fixture.Candidates.First(c => c.Pattern.Length == 1 && c.Pattern[0].ToString() == slot);
        return new ChosenClass(k, ids, enrollments);
    }

    [Fact]
    public void A_result_that_fits_beside_the_first_is_kept_with_it()
    {
        var fixture = Fixture();
        var first = Class(fixture, "Mon-AM", ("O1", 10));
        var second = Class(fixture, "Tue-AM", ("O2", 6));

        var (merged, gain) = fixture.Search().Merged(current: [first], solving: [], better: [second]);

        Assert.NotNull(merged);
        Assert.Equal([first, second], merged);
        var saved = (6 * fixture.Space.Orders.Single(o => o.OrderId == "O2").Priority * fixture.Scenario.Policy.UnservedTraineePenalty)
                    - second.Class.FixedCost - (6 * fixture.PerTrainee(second, "O2"));
        Assert.Equal(saved, gain, 6);
    }

    [Fact]
    public void H8_H9_a_result_wanting_the_room_and_trainer_the_first_took_is_dropped()
    {
        var fixture = Fixture();
        var first = Class(fixture, "Mon-AM", ("O1", 10));
        var second = Class(fixture, "Mon-AM", ("O2", 6));

        var (merged, gain) = fixture.Search().Merged(current: [first], solving: [], better: [second]);

        Assert.Null(merged);
        Assert.Equal(0, gain);
    }

    [Fact]
    public void H10_a_result_serving_trainees_the_first_already_serves_is_dropped()
    {
        var fixture = Fixture();
        var first = Class(fixture, "Mon-AM", ("O1", 10));
        // Serving O2 would lower the objective, but O1 would get 15 of its 10 trainees.
        var second = Class(fixture, "Tue-AM", ("O1", 5), ("O2", 6));

        var (merged, _) = fixture.Search().Merged(current: [first], solving: [], better: [second]);

        Assert.Null(merged);
    }

    [Fact]
    public void A_class_the_result_replaced_leaves_and_one_the_first_added_stays()
    {
        var fixture = Fixture();
        // Both results were found on a plan serving 5 of O1's trainees on Monday; the first added O2 on Tuesday, the
        // second replaced the Monday class with one serving all 10.
        var half = Class(fixture, "Mon-AM", ("O1", 5));
        var added = Class(fixture, "Tue-AM", ("O2", 6));
        var whole = Class(fixture, "Mon-AM", ("O1", 10));

        var (merged, gain) = fixture.Search().Merged(current: [half, added], solving: [half], better: [whole]);

        Assert.NotNull(merged);
        Assert.Equal([added, whole], merged);
        Assert.True(gain > 0);
    }
}
