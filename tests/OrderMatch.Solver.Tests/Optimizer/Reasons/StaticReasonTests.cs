using OrderMatch.Domain.Model;
using OrderMatch.Solver.Tests.Optimizer.Builders;
using static OrderMatch.Solver.Tests.Optimizer.Builders.Solving;

namespace OrderMatch.Solver.Tests.Optimizer.Reasons;

/// <summary>Reasons that follow from the data alone, before any capacity is used: NO_OFFER, PRICE, SUBSIDY_SCOPE, NO_ROOM, TRAVEL.</summary>
public class StaticReasonTests
{
    private static (Plan Plan, TrainingOrder Order) Solve(ScenarioBuilder builder)
    {
        var scenario = builder.Build();
        var plan = SolveValid(scenario);
        Assert.Empty(plan.Classes);
        return (plan, scenario.Orders[0]);
    }

    [Fact]
    public void NO_OFFER_when_no_institution_offers_the_course()
    {
        var (plan, order) = Solve(ScenarioBuilder.Minimal()
            .Course("C2")
            .Order("O1", 10, o => o with { Course = "C2" }));

        ReasonAssert.Names(ReasonAssert.Single(plan, order, ReasonCode.NoOffer), "C2");
    }

    [Fact]
    public void NO_OFFER_when_only_a_failed_institution_offers_the_course()
    {
        var (plan, order) = Solve(ScenarioBuilder.Minimal()
            .Institution("I1", i => i with { Grade = Grade.Fail })
            .Order("O1", 10));

        ReasonAssert.Names(ReasonAssert.Single(plan, order, ReasonCode.NoOffer), "C1");
    }

    [Fact]
    public void NO_OFFER_when_no_offering_institution_is_approved_for_the_region()
    {
        var (plan, order) = Solve(ScenarioBuilder.Minimal()
            .Region("R2")
            .Institution("I1", i => i with { ApprovedRegions = ["R2"] })
            .Order("O1", 10));

        var reason = ReasonAssert.Single(plan, order, ReasonCode.NoOffer);
        ReasonAssert.Names(reason, "C1", "R1");
        Assert.Contains("I1", reason.Entities);
    }

    [Fact]
    public void PRICE_when_every_offer_is_above_the_cap()
    {
        var (plan, order) = Solve(ScenarioBuilder.Minimal()
            .Institution("I2", i => i with { Offers = [new Offer("C1", 90)] })
            .Trainer("T2", institution: "I2")
            .Order("O1", 10, o => o with { MaxPricePerTrainee = 80 }));

        var reason = ReasonAssert.Single(plan, order, ReasonCode.Price);
        ReasonAssert.Names(reason, "C1", "I2");
        Assert.Contains("80", reason.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void SUBSIDY_SCOPE_when_no_institution_of_the_region_offers_the_course()
    {
        var (plan, order) = Solve(ScenarioBuilder.Minimal()
            .Region("R1", SubsidyScope.Local)
            .Region("R2")
            .Institution("I1", i => i with { Region = "R2" })
            .Order("O1", 10, o => o with { RequiresSubsidy = true }));

        var reason = ReasonAssert.Single(plan, order, ReasonCode.SubsidyScope);
        ReasonAssert.Names(reason, "R1", "C1");
        Assert.Contains("I1", reason.Entities);
    }

    [Fact]
    public void NO_ROOM_when_no_room_has_the_course_room_type()
    {
        var (plan, order) = Solve(ScenarioBuilder.Minimal()
            .Institution("I1", i => i with { Rooms = [ScenarioBuilder.Room("I1-R1", 20, type: "classroom")] })
            .Order("O1", 10));

        var reason = ReasonAssert.Single(plan, order, ReasonCode.NoRoom);
        ReasonAssert.Names(reason, ScenarioBuilder.Lab);
        Assert.Contains("I1", reason.Entities);
        Assert.Contains("C1", reason.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void NO_ROOM_when_every_room_is_smaller_than_a_minimum_class()
    {
        var (plan, order) = Solve(ScenarioBuilder.Minimal()
            .Course("C1", c => c with { MinSize = 6 })
            .Institution("I1", i => i with { Rooms = [ScenarioBuilder.Room("I1-R1", 5)] })
            .Order("O1", 10));

        var reason = ReasonAssert.Single(plan, order, ReasonCode.NoRoom);
        Assert.Contains("I1", reason.Entities);
        Assert.Contains("6", reason.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void TRAVEL_when_every_venue_is_beyond_the_order_limit()
    {
        var (plan, order) = Solve(ScenarioBuilder.Minimal()
            .Institution("I1", i => i with { Location = Place.Km(30) })
            .Order("O1", 10, o => o with { MaxTravelKm = 10 }));

        var reason = ReasonAssert.Single(plan, order, ReasonCode.Travel);
        ReasonAssert.Names(reason, "E1", "I1-R1");
        Assert.Contains("30.0 km", reason.Detail, StringComparison.Ordinal);
    }
}
