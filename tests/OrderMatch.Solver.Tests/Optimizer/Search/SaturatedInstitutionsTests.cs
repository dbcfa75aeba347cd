using OrderMatch.Solver.Planning;
using OrderMatch.Solver.Tests.Optimizer.Builders;

namespace OrderMatch.Solver.Tests.Optimizer.Search;

/// <summary>
/// The search re-solves first the institutions whose weekly class limit (H16) keeps unserved demand out. I1 holds a
/// class of O1 on Monday mornings of both weeks; O2 (Tuesday mornings only) is unserved and may attend only I1.
/// </summary>
public class SaturatedInstitutionsTests
{
    private static RepairFixture Fixture(int maxConcurrent, string o2Slot = "Tue-AM") =>
        new(ScenarioBuilder.Minimal()
            .Institution("I1", i => i with { MaxConcurrentClasses = maxConcurrent })
            .Order("O1", 10, o => o with { AllowedSlots = ["Mon-AM"] })
            .Order("O2", 6, o => o with { AllowedSlots = [o2Slot] })
            .Build());

    [Fact]
    public void H16_an_institution_at_its_limit_while_demand_that_may_attend_it_is_unserved_is_ranked()
    {
        var fixture = Fixture(maxConcurrent: 1);
        List<ChosenClass> plan = [fixture.Open("O1", ("O1", 10))];

        Assert.Equal(["I1"], SaturatedInstitutions.Ranked([fixture.Space], plan, fixture.Booked(plan), fixture.Calendar));
    }

    [Fact]
    public void An_institution_with_room_for_another_class_is_not_ranked()
    {
        var fixture = Fixture(maxConcurrent: 2);
        List<ChosenClass> plan = [fixture.Open("O1", ("O1", 10))];

        Assert.Empty(SaturatedInstitutions.Ranked([fixture.Space], plan, fixture.Booked(plan), fixture.Calendar));
    }

    [Fact]
    public void An_institution_at_its_limit_with_all_demand_served_is_not_ranked()
    {
        var fixture = Fixture(maxConcurrent: 1, o2Slot: "Mon-AM");
        List<ChosenClass> plan = [fixture.Open("O1", ("O1", 10), ("O2", 6))];

        Assert.Empty(SaturatedInstitutions.Ranked([fixture.Space], plan, fixture.Booked(plan), fixture.Calendar));
    }
}
