using OrderMatch.Domain.Model;
using OrderMatch.Solver.Tests.Optimizer.Builders;
using static OrderMatch.Solver.Tests.Optimizer.Builders.Solving;

namespace OrderMatch.Solver.Tests.Optimizer.Rules;

/// <summary>H3, H8, H12 (trainer side): I1's own trainer T1 at 0 km is ruled out or limited; pool trainer P1 at 50 km costs travel.</summary>
public class TrainerRuleTests
{
    private static ScenarioBuilder WithPoolTrainer() =>
        ScenarioBuilder.Minimal().PoolTrainer("P1", km: 50).Order("O1", 10);

    private static PlanClass ByT1(Scenario scenario, string id = "X1", string[]? pattern = null, string room = "I1-R1", string order = "O1") =>
        Classes.Make(scenario, id, "I1", "T1", room, 1, pattern ?? ["Mon-AM"], new Enrollment(order, 10));

    [Fact]
    public void H3_a_trainer_qualified_below_the_course_level_does_not_teach_it()
    {
        var scenario = WithPoolTrainer()
            .Course("C1", c => c with { Level = 3 })
            .Trainer("T1", t => t with { Qualifications = [new Qualification(ScenarioBuilder.Occupation, 2)] })
            .Build();

        var plan = SolveValid(scenario);

        Assert.Equal("P1", Assert.Single(plan.Classes).Trainer);
        Temptation.AssertResisted(scenario, plan, "H3", ByT1(scenario));
    }

    [Fact]
    public void H3_a_trainer_of_another_institution_does_not_teach_for_this_one()
    {
        var scenario = WithPoolTrainer()
            .Trainer("T1", t => t with { Qualifications = [new Qualification("OTHER", 5)] })
            .Institution("I2", i => i with { Offers = [] })
            .Trainer("T2", institution: "I2")
            .Build();

        var plan = SolveValid(scenario);

        Assert.Equal("P1", Assert.Single(plan.Classes).Trainer);
        Temptation.AssertResisted(scenario, plan, "H3",
            Classes.Make(scenario, "X1", "I1", "T2", "I1-R1", 1, ["Mon-AM"], new Enrollment("O1", 10)));
    }

    [Fact]
    public void H8_a_trainer_teaches_one_session_at_a_time()
    {
        var scenario = WithPoolTrainer()
            .Course("C1", c => c with { MaxSize = 10 })
            .Institution("I1", i => i with { Rooms = [.. i.Rooms, ScenarioBuilder.Room("I1-R2", 10)] })
            .Order("O1", 10, o => o with { AllowedSlots = ["Mon-AM"] })
            .Order("O2", 10, o => o with { AllowedSlots = ["Mon-AM"] })
            .Build();

        var plan = SolveValid(scenario);

        Assert.Equal(["P1", "T1"], plan.Classes.Select(c => c.Trainer).Order(StringComparer.Ordinal));
        Assert.Empty(plan.Unassigned);
        Temptation.AssertResisted(scenario, plan, "H8", ByT1(scenario), ByT1(scenario, "X2", room: "I1-R2", order: "O2"));
    }

    [Fact]
    public void H8_a_trainer_teaches_no_more_sessions_a_week_than_allowed()
    {
        var scenario = WithPoolTrainer()
            .Course("C1", c => c with { MaxSize = 10 })
            .Trainer("T1", t => t with { MaxSessionsPerWeek = 1 })
            .Order("O2", 10)
            .Build();

        var plan = SolveValid(scenario);

        Assert.Equal(["P1", "T1"], plan.Classes.Select(c => c.Trainer).Order(StringComparer.Ordinal));
        Temptation.AssertResisted(scenario, plan, "H8", ByT1(scenario), ByT1(scenario, "X2", ["Tue-AM"], order: "O2"));
    }

    [Fact]
    public void H8_a_trainer_does_not_teach_while_unavailable()
    {
        var scenario = WithPoolTrainer()
            .Unavailable("T1", Dates.Range("2026-01-12", "2026-01-12"))
            .Order("O1", 10, o => o with { AllowedSlots = ["Mon-AM", "Mon-PM"] })
            .Build();

        var plan = SolveValid(scenario);

        Assert.Equal("P1", Assert.Single(plan.Classes).Trainer);
        Temptation.AssertResisted(scenario, plan, "H8", ByT1(scenario));
    }

    [Fact]
    public void H8_a_single_unavailable_period_blocks_only_that_period()
    {
        var scenario = WithPoolTrainer()
            .Unavailable("T1", Dates.Slot("2026-01-05", "AM"))
            .Order("O1", 10, o => o with { AllowedSlots = ["Mon-AM", "Mon-PM"] })
            .Build();

        var plan = SolveValid(scenario);

        var only = Assert.Single(plan.Classes);
        Assert.Equal("T1", only.Trainer);
        Assert.Equal(["Mon-PM"], only.Pattern);
    }

    [Fact]
    public void H12_a_trainer_does_not_travel_beyond_their_limit()
    {
        var scenario = WithPoolTrainer()
            .Trainer("T1", t => t with { Location = Place.Km(30), MaxTravelKm = 20 })
            .PoolTrainer("P1", km: 60, t => t with { MaxTravelKm = 100 })
            .Build();

        var plan = SolveValid(scenario);

        Assert.Equal("P1", Assert.Single(plan.Classes).Trainer);
        Temptation.AssertResisted(scenario, plan, "H12", ByT1(scenario));
    }
}
