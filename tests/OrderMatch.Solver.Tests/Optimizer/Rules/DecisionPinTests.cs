using OrderMatch.Domain.Model;
using OrderMatch.Solver.Tests.Optimizer.Builders;
using static OrderMatch.Solver.Tests.Optimizer.Builders.Solving;

namespace OrderMatch.Solver.Tests.Optimizer.Rules;

/// <summary>
/// Decision pins: an order named by a pin joins only classes keeping the pinned decisions, even where another trainer,
/// room or week is cheaper; what cannot be kept leaves the order unassigned with the pin's class named.
/// I1 has its own room I1-R1 (no fee) and trainer T1 at 0 km; T2 (40 km away) and base room B1-R1 (fee 300) cost more.
/// </summary>
public class DecisionPinTests
{
    private static ScenarioBuilder Choices() => ScenarioBuilder.Minimal()
        .Trainer("T2", km: 40)
        .Base("B1", km: 0, capacity: 20, feePerSession: 300)
        .Order("O1", 10);

    private static DecisionPin Pin(string? trainer = null, string? room = null, int? startWeek = null, string[]? pattern = null,
        string institution = "I1", string order = "O1") => new()
        {
            ClassId = "K0007", Course = "C1", Orders = [order], Institution = institution, Trainer = trainer, Room = room,
            StartWeek = startWeek, Pattern = pattern,
        };

    private static Plan SolvePinned(Scenario scenario, SolveOptions options, params DecisionPin[] pins)
    {
        var plan = PlanOptimizer.Solve(scenario, options with { DecisionPins = pins }).Plan;
        AssertPasses(scenario, plan);
        return plan;
    }

    [Fact]
    public void Without_a_pin_the_cheapest_trainer_and_room_are_chosen()
    {
        var plan = SolveValid(Choices().Build());

        var k = Assert.Single(plan.Classes);
        Assert.Equal(("T1", "I1-R1"), (k.Trainer, k.Room));
    }

    [Fact]
    public void A_pinned_trainer_is_kept_although_another_is_cheaper()
    {
        var plan = SolvePinned(Choices().Build(), Options, Pin(trainer: "T2"));

        var k = Assert.Single(plan.Classes);
        Assert.Equal(("T2", "I1-R1"), (k.Trainer, k.Room));
        Assert.Empty(plan.Unassigned);
    }

    [Fact]
    public void A_pinned_room_is_kept_although_the_own_room_is_free()
    {
        var plan = SolvePinned(Choices().Build(), Options, Pin(room: "B1-R1"));

        var k = Assert.Single(plan.Classes);
        Assert.Equal(("T1", "B1-R1"), (k.Trainer, k.Room));
        Assert.Equal(2 * 300, plan.Objective.Components.RoomFees);
    }

    [Fact]
    public void A_pinned_start_week_and_pattern_are_kept()
    {
        var scenario = Choices().Course("C1", c => c with { Sessions = 1 }).Build();

        var plan = SolvePinned(scenario, Options, Pin(startWeek: 2, pattern: ["Fri-PM"]));

        var k = Assert.Single(plan.Classes);
        Assert.Equal((2, "Fri-PM"), (k.StartWeek, Assert.Single(k.Pattern)));
        Assert.Equal(Dates.D("2026-01-16"), Assert.Single(k.Sessions).Date);
    }

    [Fact]
    public void Orders_a_pin_does_not_name_stay_free()
    {
        var scenario = Choices().Course("C1", c => c with { MaxSize = 10 }).Order("O2", 10).Build();

        var plan = SolvePinned(scenario, Options, Pin(trainer: "T2"));

        Assert.Equal("T2", Assert.Single(plan.Classes, k => k.Enrollments.Any(e => e.Order == "O1")).Trainer);
        Assert.Equal("T1", Assert.Single(plan.Classes, k => k.Enrollments.Any(e => e.Order == "O2")).Trainer);
    }

    /// <summary>With a tiny model budget candidates are pruned to each site's nearest trainers; a pinned one stays.</summary>
    [Fact]
    public void A_pinned_far_trainer_survives_candidate_pruning()
    {
        var scenario = Choices().Trainer("T3", km: 10).Trainer("T4", km: 20).Build();

        var plan = SolvePinned(scenario, Options with { MaxCandidatesPerModel = 4 }, Pin(trainer: "T2"));

        Assert.Equal("T2", Assert.Single(plan.Classes).Trainer);
    }

    [Fact]
    public void An_order_whose_pinned_trainer_cannot_teach_stays_unassigned_naming_the_pin()
    {
        var scenario = Choices().Unavailable("T2", Dates.Range("2026-01-05", "2026-01-18")).Build();

        var plan = SolvePinned(scenario, Options, Pin(trainer: "T2"));

        Assert.Empty(plan.Classes);
        var unassigned = Assert.Single(plan.Unassigned);
        Assert.Equal(10, unassigned.Trainees);
        var reason = Assert.Single(unassigned.Reasons);
        Assert.Equal(ReasonCode.NoTrainer, reason.Code);
        Assert.Contains("K0007", reason.Detail, StringComparison.Ordinal);
        Assert.Contains("K0007", reason.Entities);
    }

    [Fact]
    public void An_order_pinned_to_an_institution_it_may_not_use_is_explained_by_the_pin()
    {
        var scenario = Choices().Institution("I2", i => i with { Offers = [new Offer("C1", 500)] }, km: 5)
            .Order("O1", 10, o => o with { MaxPricePerTrainee = 200 })
            .Build();

        var plan = SolvePinned(scenario, Options, Pin(institution: "I2"));

        Assert.Empty(plan.Classes);
        var reason = Assert.Single(Assert.Single(plan.Unassigned).Reasons);
        Assert.Equal(ReasonCode.NoOffer, reason.Code);
        Assert.Contains("class K0007", reason.Detail, StringComparison.Ordinal);
        Assert.Contains("institution I2", reason.Detail, StringComparison.Ordinal);
    }
}
