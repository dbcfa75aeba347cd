using OrderMatch.Domain.Checking;
using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Tests.Checking;

/// <summary>KPIs on <see cref="LineScenario"/>, computed by hand.</summary>
public class KpiTests
{
    private static Kpis Line() => PlanEvaluator.Kpis(new ScenarioIndex(LineScenario.Scenario()), LineScenario.Classes());

    [Fact]
    public void Coverage_counts_served_trainees_plainly_and_by_priority()
    {
        var kpis = Line();

        Assert.Equal(7, kpis.TraineesRequested);
        Assert.Equal(6, kpis.TraineesServed);
        Assert.Equal(6 / 7.0, kpis.Coverage, 12);
        Assert.Equal(((3 * 2) + (3 * 5)) / (double)((3 * 2) + (4 * 5)), kpis.WeightedCoverage, 12);
    }

    [Fact]
    public void Classes_and_their_average_size()
    {
        Assert.Equal(2, Line().Classes);
        Assert.Equal(3.0, Line().AvgClassSize, 12);
    }

    [Fact]
    public void Average_trainee_distance_is_one_way_and_weighted_by_trainees()
    {
        // K1: 3 from 0.2° and 1 from 0.1°; K2: 2 at the venue.
        Assert.Equal(((3 * LineScenario.Km(0.2)) + LineScenario.Km(0.1)) / 6, Line().AvgTraineeKm, 9);
    }

    [Fact]
    public void Base_utilization_is_base_sessions_over_base_room_slots_of_open_dates()
    {
        // One base room × 10 open dates × 2 periods = 20 room-slots; K1 holds 2 sessions there.
        Assert.Equal(2 / 20.0, Line().BaseUtilization, 12);
    }

    [Fact]
    public void Cross_region_share_counts_trainees_whose_institution_or_venue_is_outside_their_region()
    {
        // O1's enterprise E1 lies in R2, institution I1 and base B1 in R1.
        Assert.Equal(3 / 6.0, Line().CrossRegionShare, 12);
    }

    [Fact]
    public void Ratios_are_zero_for_an_empty_plan()
    {
        var kpis = PlanEvaluator.Kpis(new ScenarioIndex(LineScenario.Scenario() with { Orders = [], Bases = [] }), []);

        Assert.Equal(0, kpis.Coverage);
        Assert.Equal(0, kpis.WeightedCoverage);
        Assert.Equal(0, kpis.AvgClassSize);
        Assert.Equal(0, kpis.AvgTraineeKm);
        Assert.Equal(0, kpis.BaseUtilization);
        Assert.Equal(0, kpis.CrossRegionShare);
    }
}
