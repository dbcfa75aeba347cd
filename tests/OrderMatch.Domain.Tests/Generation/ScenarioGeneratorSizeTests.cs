using OrderMatch.Domain.Generation;
using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Tests.Generation;

public class ScenarioGeneratorSizeTests
{
    [Fact]
    public void Tier_sizes_follow_the_design_table()
    {
        Assert.Equal(new TierSize(8, 30, 120, 3, 20, 300, 3_600, 13), TierSize.For(Tier.S));
        Assert.Equal(new TierSize(16, 600, 3_000, 89, 80, 5_000, 60_000, 13), TierSize.For(Tier.M));
        Assert.Equal(new TierSize(21, 1_200, 8_000, 130, 150, 20_000, 125_000, 13), TierSize.For(Tier.L));
    }

    [Theory]
    [InlineData(Tier.S, 1)]
    [InlineData(Tier.S, 7)]
    [InlineData(Tier.M, 1)]
    public void Entity_counts_match_the_tier(Tier tier, int seed)
    {
        AssertSize(GeneratedScenarios.Get(tier, seed), TierSize.For(tier));
    }

    [Fact]
    public void Horizon_is_the_first_quarter_of_2026_with_spring_festival_closed()
    {
        var horizon = GeneratedScenarios.Get(Tier.S, 1).Horizon;

        Assert.Equal(new DateOnly(2026, 1, 5), horizon.StartDate);
        Assert.Equal(DayOfWeek.Monday, horizon.StartDate.DayOfWeek);
        Assert.Equal(13, horizon.Weeks);
        Assert.Equal([Weekday.Mon, Weekday.Tue, Weekday.Wed, Weekday.Thu, Weekday.Fri, Weekday.Sat], horizon.Days);
        Assert.Equal(["AM", "PM", "EVE"], horizon.Periods);
        Assert.Contains(new DateOnly(2026, 2, 17), horizon.ClosedDates);
        Assert.All(horizon.ClosedDates, d => Assert.InRange(d, horizon.StartDate, horizon.StartDate.AddDays(90)));
    }

    /// <summary>Counts equal the tier's; trainees within ±15 % of the target.</summary>
    internal static void AssertSize(Scenario scenario, TierSize size)
    {
        Assert.Equal(size.Regions, scenario.Regions.Count);
        Assert.Equal(size.Institutions, scenario.Institutions.Count);
        Assert.Equal(size.Trainers, scenario.Trainers.Count);
        Assert.Equal(size.Bases, scenario.Bases.Count);
        Assert.Equal(size.Courses, scenario.Courses.Count);
        Assert.Equal(size.Orders, scenario.Orders.Count);
        Assert.Equal(size.Weeks, scenario.Horizon.Weeks);
        Assert.InRange(scenario.Orders.Sum(o => o.Trainees), size.Trainees * 0.85, size.Trainees * 1.15);
        Assert.NotEmpty(scenario.Enterprises);
    }
}
