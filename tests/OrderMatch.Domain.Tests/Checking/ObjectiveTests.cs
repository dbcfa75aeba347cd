using OrderMatch.Domain.Checking;
using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Tests.Checking;

/// <summary>Each objective component on <see cref="LineScenario"/>, computed by hand, and the to-the-cent comparison.</summary>
public class ObjectiveTests
{
    private static ObjectiveComponents Line() =>
        PlanEvaluator.Objective(new ScenarioIndex(LineScenario.Scenario()), LineScenario.Classes(), LineScenario.Unassigned());

    [Fact]
    public void Unserved_is_trainees_times_priority_times_penalty() => Assert.Equal(1 * 5 * 1000, Line().Unserved);

    [Fact]
    public void Tuition_is_trainees_times_the_institution_price() => Assert.Equal((3 + 1 + 2) * 100, Line().Tuition);

    [Fact]
    public void Room_fees_are_charged_per_session_for_base_rooms_only() => Assert.Equal(2 * 50, Line().RoomFees);

    [Fact]
    public void Trainee_travel_is_both_ways_per_session_and_trainee()
    {
        // K1 at B1: O1's 3 from 0.2° away and O2's 1 from 0.1°, 2 sessions each; K2 at I1: E2 is at the venue.
        var expected = (3 * 2 * 2 * LineScenario.Km(0.2) * 0.5) + (1 * 2 * 2 * LineScenario.Km(0.1) * 0.5);
        Assert.Equal(expected, Line().TraineeTravel, 6);
    }

    [Fact]
    public void Trainer_travel_is_both_ways_per_session()
    {
        // T1 is 0.1° from B1 (K1) and 0.2° from I1 (K2), 2 sessions each.
        var expected = (2 * 2 * LineScenario.Km(0.1)) + (2 * 2 * LineScenario.Km(0.2));
        Assert.Equal(expected, Line().TrainerTravel, 6);
    }

    [Fact]
    public void Class_opening_is_charged_per_class() => Assert.Equal(2 * 300, Line().ClassOpening);

    [Fact]
    public void Quality_is_trainees_times_the_grade_penalty() => Assert.Equal(6 * 20, Line().Quality);

    [Fact]
    public void Changes_count_previous_classes_not_kept_with_the_same_decisions() => Assert.Equal(700, Line().Changes);

    [Fact]
    public void Total_is_the_sum_of_the_components()
    {
        var expected = 5000 + 600 + 100 + (14 * LineScenario.Km(0.1)) + (12 * LineScenario.Km(0.1)) + 600 + 120 + 700;
        Assert.Equal(expected, Line().Total, 6);
    }

    [Fact]
    public void Rounded_rounds_each_component_and_the_exact_total_half_away_from_zero()
    {
        var rounded = PlanEvaluator.Rounded(new ObjectiveComponents { Tuition = 0.125, RoomFees = 0.004, Quality = 0.004 });

        Assert.Equal(0.13, rounded.Components.Tuition);
        Assert.Equal(0, rounded.Components.RoomFees);
        Assert.Equal(0.13, rounded.Total);
    }

    [Fact]
    public void Exactly_rounded_objective_matches()
    {
        var scenario = LineScenario.Scenario();
        var exact = PlanEvaluator.Objective(new ScenarioIndex(scenario), LineScenario.Classes(), LineScenario.Unassigned());
        var plan = new Plan { Scenario = "line", Classes = LineScenario.Classes(), Unassigned = LineScenario.Unassigned(), Objective = PlanEvaluator.Rounded(exact) };

        var report = PlanChecker.Check(scenario, plan);

        Assert.True(report.ObjectiveMatches);
        Assert.True(report.Passes);
        Assert.Equal(exact.Total, report.RecomputedTotal);
    }

    [Fact]
    public void Total_one_cent_off_is_detected()
    {
        var plan = Tiny.Plan();
        var offByOneCent = plan with { Objective = plan.Objective with { Total = plan.Objective.Total - 0.01 } };

        var report = Tiny.Check(offByOneCent);

        Assert.True(report.IsValid);
        Assert.False(report.ObjectiveMatches);
        Assert.False(report.Passes);
        var line = Assert.Single(report.ObjectiveMismatches);
        Assert.StartsWith("total: reported 573281.87, recomputed 573281.88", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Component_one_cent_off_is_detected_even_when_the_total_matches()
    {
        var plan = Tiny.Plan();
        var components = plan.Objective.Components with { TrainerTravel = plan.Objective.Components.TrainerTravel + 0.01 };
        var report = Tiny.Check(plan with { Objective = plan.Objective with { Components = components } });

        var line = Assert.Single(report.ObjectiveMismatches);
        Assert.StartsWith("trainerTravel: reported 81.62, recomputed 81.61", line, StringComparison.Ordinal);
    }
}
