using OrderMatch.Domain.Generation;
using OrderMatch.Domain.Geography;
using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Tests.Generation;

public class ScenarioGeneratorRealismTests
{
    [Fact]
    public void Small_tier_uses_zhenjiangs_real_districts_with_points_near_them()
    {
        var scenario = GeneratedScenarios.Get(Tier.S, 1);

        Assert.Equal(["京口区", "润州区", "丹徒区", "镇江新区", "丹阳市", "句容市", "扬中市", "高新区"], scenario.Regions.Select(r => r.Name));
        var zhenjiang = new Location(32.19, 119.45);
        Assert.All(scenario.Institutions, i => Assert.InRange(Geo.DistanceKm(zhenjiang, i.Location), 0, 80));
        Assert.Contains(scenario.Institutions, i => i.Name == "镇江技师学院");
    }

    [Theory]
    [InlineData(Tier.S)]
    [InlineData(Tier.M)]
    public void Names_are_chinese(Tier tier)
    {
        var scenario = GeneratedScenarios.Get(tier, 1);

        Assert.All(scenario.Institutions, i => Assert.True(IsChinese(i.Name), i.Name));
        Assert.All(scenario.Trainers, t => Assert.True(IsChinese(t.Name), t.Name));
        Assert.All(scenario.Enterprises, e => Assert.True(IsChinese(e.Name), e.Name));
        Assert.All(scenario.Bases, b => Assert.EndsWith("基地", b.Name, StringComparison.Ordinal));
        Assert.All(scenario.Courses, c => Assert.True(IsChinese(c.OccupationName), c.OccupationName));
        Assert.Equal(scenario.Institutions.Count, scenario.Institutions.Select(i => i.Name).Distinct().Count());
    }

    [Fact]
    public void Courses_use_real_occupation_codes_and_mostly_low_levels()
    {
        var courses = GeneratedScenarios.Get(Tier.M, 1).Courses;

        Assert.Contains(courses, c => c.Occupation == "6-18-02-04" && c.OccupationName == "焊工");
        Assert.Contains(courses, c => c.Occupation == "4-10-01-05" && c.OccupationName == "养老护理员");
        Assert.All(courses, c => Assert.Matches(@"^\d-\d{2}-\d{2}-\d{2}$", c.Occupation));
        Assert.All(courses, c => Assert.InRange(c.Sessions, 8, 40));
        Assert.All(courses, c => Assert.InRange(c.SessionsPerWeek, 2, 4));
        Assert.True(courses.Count(c => c.Level <= 3) > courses.Count / 2);
        Assert.Contains(courses, c => c.AllowedSlots is not null);
        Assert.All(courses, c => Assert.EndsWith($"-{c.Level}", c.Id, StringComparison.Ordinal));
        Assert.Equal(courses.Count, courses.Select(c => (c.Occupation, c.Level)).Distinct().Count());
    }

    [Theory]
    [InlineData(Tier.S)]
    [InlineData(Tier.M)]
    public void Every_course_is_offered_by_an_institution_that_may_teach_it_in_its_own_room_with_its_own_trainer(Tier tier)
    {
        var scenario = GeneratedScenarios.Get(tier, 1);

        foreach (var course in scenario.Courses)
        {
            Assert.Contains(scenario.Institutions, i =>
                i.Grade != Grade.Fail
                && i.Offers.Any(o => o.Course == course.Id)
                && i.Rooms.Any(r => r.Types.Contains(course.RoomType) && r.Capacity >= course.MinSize)
                && scenario.Trainers.Any(t => t.Institution == i.Id && t.IsQualifiedFor(course)));
        }
    }

    [Fact]
    public void About_a_quarter_of_trainers_are_in_the_shared_pool_and_pool_trainers_travel_further()
    {
        var trainers = GeneratedScenarios.Get(Tier.M, 1).Trainers;
        var pool = trainers.Where(t => t.Institution is null).ToList();

        Assert.InRange(pool.Count / (double)trainers.Count, 0.2, 0.3);
        Assert.True(pool.Average(t => t.MaxTravelKm) > trainers.Where(t => t.Institution is not null).Average(t => t.MaxTravelKm));
        Assert.All(trainers, t => Assert.InRange(t.Qualifications.Count, 1, 3));
        Assert.All(trainers, t => Assert.InRange(t.MaxSessionsPerWeek, 4, 12));
        Assert.Contains(trainers, t => t.Unavailable.Any(u => u.From is not null));
        Assert.Contains(trainers, t => t.Unavailable.Any(u => u.Period is not null));
    }

    [Fact]
    public void Institutions_are_mostly_well_graded_and_priced_higher_for_higher_levels()
    {
        var scenario = GeneratedScenarios.Get(Tier.M, 1);
        var institutions = scenario.Institutions;
        var level = scenario.Courses.ToDictionary(c => c.Id, c => c.Level);

        Assert.True(institutions.Count(i => i.Grade is Grade.Excellent or Grade.Good) > institutions.Count * 0.6);
        Assert.Contains(institutions, i => i.Grade == Grade.Fail);
        Assert.Contains(institutions, i => i.ApprovedRegions.SequenceEqual(["*"]));
        Assert.Contains(institutions, i => i.ApprovedRegions.Count > 1);
        Assert.All(institutions, i => Assert.InRange(i.Offers.Count, 3, 13));
        Assert.All(institutions, i => Assert.InRange(i.MaxConcurrentClasses, 2, 10));
        var offers = institutions.SelectMany(i => i.Offers).ToList();
        Assert.True(offers.Where(o => level[o.Course] == 3).Average(o => o.PricePerTrainee)
                    > offers.Where(o => level[o.Course] == 1).Average(o => o.PricePerTrainee));
    }

    [Theory]
    [InlineData(Tier.S)]
    [InlineData(Tier.M)]
    public void Small_enterprises_place_small_orders_only_pooling_can_serve(Tier tier)
    {
        var scenario = GeneratedScenarios.Get(tier, 1);
        var enterprises = scenario.Enterprises.ToDictionary(e => e.Id);
        var courses = scenario.Courses.ToDictionary(c => c.Id);

        var sme = scenario.Orders.Where(o => enterprises[o.Enterprise].Size is EnterpriseSize.Micro or EnterpriseSize.Small).ToList();
        Assert.True(sme.Count(o => o.Trainees < courses[o.Course].MinSize) > scenario.Orders.Count / 5);
        Assert.All(sme, o => Assert.InRange(o.Trainees, 1, 8));
        Assert.Contains(scenario.Orders, o => enterprises[o.Enterprise].Size == EnterpriseSize.Large && o.Trainees > 20);
    }

    [Theory]
    [InlineData(Tier.S)]
    [InlineData(Tier.M)]
    public void Orders_carry_the_options_of_real_demand(Tier tier)
    {
        var scenario = GeneratedScenarios.Get(tier, 1);
        var orders = scenario.Orders;
        var regions = scenario.Regions.ToDictionary(r => r.Id);
        var enterprises = scenario.Enterprises.ToDictionary(e => e.Id);

        Assert.Contains(orders, o => o.RequiresSubsidy && regions[enterprises[o.Enterprise].Region].SubsidyScope == SubsidyScope.Local);
        Assert.Contains(scenario.Regions, r => r.SubsidyScope == SubsidyScope.Alliance && r.Alliance is not null);
        Assert.Contains(scenario.Regions, r => r.SubsidyScope == SubsidyScope.Any);
        Assert.Contains(orders, o => o.Priority >= 4);
        Assert.True(orders.Count(o => o.Priority is 2 or 3) > orders.Count / 2);
        Assert.Contains(orders, o => o.MaxTravelKm is not null);
        Assert.Contains(orders, o => o.MaxPricePerTrainee is not null);
        Assert.Contains(orders, o => o.AllowedSlots is not null && o.AllowedSlots.Contains("Mon-EVE"));
        Assert.Contains(orders, o => !o.Splittable);
        Assert.Contains(orders, o => o.Splittable && o.MinChunk > 1);
        Assert.True(orders.Count(o => o.Splittable) > orders.Count * 0.7);
    }

    [Theory]
    [InlineData(Tier.S)]
    [InlineData(Tier.M)]
    public void Nearly_all_demand_is_servable_on_its_own_and_a_few_percent_is_not(Tier tier)
    {
        var scenario = GeneratedScenarios.Get(tier, 1);
        var probe = new ServabilityProbe(scenario);

        var unservable = scenario.Orders.Where(o => !probe.CanServe(o)).ToList();

        var share = unservable.Count / (double)scenario.Orders.Count;
        Assert.InRange(share, 0.01, 0.08);
    }

    [Fact]
    public void Unservable_orders_fail_for_price_window_and_travel()
    {
        var scenario = GeneratedScenarios.Get(Tier.M, 1);
        var probe = new ServabilityProbe(scenario);
        var courses = scenario.Courses.ToDictionary(c => c.Id);
        var lowest = scenario.Institutions.SelectMany(i => i.Offers).GroupBy(o => o.Course)
            .ToDictionary(g => g.Key, g => g.Min(o => o.PricePerTrainee));

        Assert.Contains(scenario.Orders, o => o.MaxPricePerTrainee < lowest[o.Course]);
        Assert.Contains(scenario.Orders, o => !probe.WindowFits(o, courses[o.Course]));
        Assert.Contains(scenario.Orders, o => o.MaxTravelKm is { } km && scenario.Enterprises.First(e => e.Id == o.Enterprise) is var e
            && scenario.Institutions.Where(i => i.Rooms.Any(r => r.Types.Contains(courses[o.Course].RoomType)))
                .All(i => Geo.DistanceKm(e.Location, i.Location) > km));
    }

    [Theory]
    [InlineData(Tier.S)]
    [InlineData(Tier.M)]
    public void Trainer_capacity_comfortably_exceeds_the_sessions_demand_needs(Tier tier)
    {
        var scenario = GeneratedScenarios.Get(tier, 1);
        var courses = scenario.Courses.ToDictionary(c => c.Id);

        var classSessions = scenario.Orders.GroupBy(o => o.Course)
            .Sum(g => Math.Ceiling(g.Sum(o => o.Trainees) / (double)courses[g.Key].MinSize) * courses[g.Key].Sessions);
        var trainerSessions = scenario.Trainers.Sum(t => t.MaxSessionsPerWeek) * (scenario.Horizon.Weeks - 1);

        Assert.True(trainerSessions > 2 * classSessions, $"{trainerSessions} trainer sessions for {classSessions} class sessions");
    }

    private static bool IsChinese(string text) => text.Any(c => c is >= '\u4e00' and <= '\u9fff');
}
