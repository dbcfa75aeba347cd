using OrderMatch.Domain.Checking;
using OrderMatch.Domain.Geography;
using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Tests.Checking;

public class TinyPlanTests
{
    private static readonly Location E001 = new(32.2200, 119.5000);
    private static readonly Location E002 = new(32.1200, 119.4200);
    private static readonly Location I001 = new(32.2044, 119.4550);
    private static readonly Location I002 = new(32.1310, 119.4400);
    private static readonly Location B01 = new(32.1500, 119.4450);
    private static readonly Location T001 = new(32.2050, 119.4560);
    private static readonly Location T002 = new(32.2000, 119.4500);
    private static readonly Location T003 = new(32.1300, 119.4410);
    private static readonly Location T004 = new(31.9470, 119.1680);

    [Fact]
    public void Hand_made_plan_breaks_no_rule_and_reports_its_objective()
    {
        var report = Tiny.Check(Tiny.Plan());

        Assert.Empty(report.Violations);
        Assert.Empty(report.ObjectiveMismatches);
        Assert.True(report.Passes);
    }

    [Fact]
    public void Objective_of_the_hand_made_plan_matches_a_hand_computation()
    {
        // K001: 12 of O001 (E001) at I001, T001 in B01-C1 (150/session), 6 sessions. K002: 6 of O002 (E002) at I002 (pass
        // grade), T003 in its own I002-W1, 6 sessions. K003: 8 of O003 (E001) at I001, T002 in its own I001-C1, 4 sessions.
        // Unassigned: 10 of O004 (priority 5) and 3 of O005 (priority 1) at 10000 each.
        var report = Tiny.Check(Tiny.Plan());

        var traineeTravel = (12 * 6 * 2 * Geo.DistanceKm(E001, B01) * 0.5) + (6 * 6 * 2 * Geo.DistanceKm(E002, I002) * 0.5)
            + (8 * 4 * 2 * Geo.DistanceKm(E001, I001) * 0.5);
        var trainerTravel = (6 * 2 * Geo.DistanceKm(T001, B01)) + (6 * 2 * Geo.DistanceKm(T003, I002)) + (4 * 2 * Geo.DistanceKm(T002, I001));
        Assert.Equal((10 * 5 * 10000) + (3 * 1 * 10000), report.Recomputed.Unserved);
        Assert.Equal((12 * 1800) + (6 * 1500) + (8 * 900), report.Recomputed.Tuition);
        Assert.Equal(6 * 150, report.Recomputed.RoomFees);
        Assert.Equal(traineeTravel, report.Recomputed.TraineeTravel, 9);
        Assert.Equal(trainerTravel, report.Recomputed.TrainerTravel, 9);
        Assert.Equal(3 * 800, report.Recomputed.ClassOpening);
        Assert.Equal(6 * 200, report.Recomputed.Quality);
        Assert.Equal(0, report.Recomputed.Changes);
        Assert.Equal(530000 + 37800 + 900 + traineeTravel + trainerTravel + 2400 + 1200, report.RecomputedTotal, 6);
        Assert.Equal(573281.88, Tiny.Plan().Objective.Total);
    }

    [Fact]
    public void Double_booked_trainer_file_fails_only_on_H8_naming_trainer_date_and_classes()
    {
        var report = Tiny.Check(Tiny.Plan("tiny.plan.h8.json"));

        var violations = Tiny.AssertOnly(report, "H8");
        Assert.True(report.ObjectiveMatches);
        Assert.Contains(violations, v => v.Message == "trainer T004 has two sessions on 2026-01-12 AM: classes K001 and K002");
        Assert.Contains(violations, v => v.Message.Contains("unavailable on 2026-01-19 AM", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Message.Contains("4 sessions in week 2 (max 2)", StringComparison.Ordinal));
    }

    [Fact]
    public void Double_booked_trainer_file_differs_only_in_trainers_and_their_travel()
    {
        var valid = Tiny.Plan();
        var h8 = Tiny.Plan("tiny.plan.h8.json");

        var trainerTravel = (6 * 2 * Geo.DistanceKm(T004, B01)) + (6 * 2 * Geo.DistanceKm(T004, I002)) + (4 * 2 * Geo.DistanceKm(T002, I001));
        Assert.Equal(Math.Round(trainerTravel, 2), h8.Objective.Components.TrainerTravel);
        Assert.Equal(["T004", "T004", "T002"], h8.Classes.Select(c => c.Trainer));
        Assert.Equal(valid.Classes.Select(c => c with { Trainer = "-" }), h8.Classes.Select(c => c with { Trainer = "-" }), new PlanClassComparer());
    }

    [Fact]
    public void Session_rule_file_fails_only_on_H6_naming_the_wrong_session()
    {
        var report = Tiny.Check(Tiny.Plan("tiny.plan.h6.json"));

        var violation = Assert.Single(Tiny.AssertOnly(report, "H6"));
        Assert.True(report.ObjectiveMatches);
        Assert.Equal("class K003 does not follow the session rule: session #4 is 2026-01-31 AM but should be 2026-01-24 AM", violation.Message);
        Assert.Equal(["K003"], violation.Entities);
    }

    [Fact]
    public void Kpis_of_the_hand_made_plan()
    {
        // Requested 12+6+8+10+3 = 39, served 12+6+8 = 26; priority-weighted 36+12+32 = 80 of 80+50+3 = 133.
        // Shared-base rooms B01-W1 and B01-C1 offer 2 × 23 open dates (24 minus closed 2026-01-14) × 2 periods = 92
        // room-slots; K001 holds 6 sessions there. Only O001's 12 cross regions (venue B01 lies in R02, E001 in R01).
        var kpis = Tiny.Check(Tiny.Plan()).Kpis;

        Assert.Equal(39, kpis.TraineesRequested);
        Assert.Equal(26, kpis.TraineesServed);
        Assert.Equal(26 / 39.0, kpis.Coverage, 12);
        Assert.Equal(80 / 133.0, kpis.WeightedCoverage, 12);
        Assert.Equal(3, kpis.Classes);
        Assert.Equal(26 / 3.0, kpis.AvgClassSize, 12);
        var km = ((12 * Geo.DistanceKm(E001, B01)) + (6 * Geo.DistanceKm(E002, I002)) + (8 * Geo.DistanceKm(E001, I001))) / 26;
        Assert.Equal(km, kpis.AvgTraineeKm, 9);
        Assert.Equal(6 / 92.0, kpis.BaseUtilization, 12);
        Assert.Equal(12 / 26.0, kpis.CrossRegionShare, 12);
    }

    private sealed class PlanClassComparer : IEqualityComparer<PlanClass>
    {
        public bool Equals(PlanClass? x, PlanClass? y) =>
            x is not null && y is not null && x.SameDecisionsAs(y) && x.Course == y.Course
            && x.Sessions.SequenceEqual(y.Sessions) && x.Enrollments.SequenceEqual(y.Enrollments);

        public int GetHashCode(PlanClass obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
