using OrderMatch.Domain.Generation;
using OrderMatch.Domain.Model;
using OrderMatch.Solver.Partitions;
using OrderMatch.Solver.Tests.Optimizer.Builders;

namespace OrderMatch.Solver.Tests.Partitions;

/// <summary>How a scenario is split: every order in one partition, deterministically, with the reference data it can use.</summary>
public sealed class PartitionerTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Every_order_lands_in_exactly_one_partition(int count)
    {
        var scenario = ScenarioGenerator.Generate(Tier.S, seed: 1);

        var parts = Partitioner.Split(scenario, count);

        Assert.Equal(count, parts.Count);
        var placed = parts.SelectMany(p => p.Scenario.Orders.Select(o => o.Id)).ToList();
        Assert.Equal(scenario.Orders.Count, placed.Count);
        Assert.Equal(scenario.Orders.Select(o => o.Id).Order(StringComparer.Ordinal), placed.Order(StringComparer.Ordinal));
        Assert.All(parts, p => Assert.NotEmpty(p.Scenario.Orders));
        Assert.Equal(scenario.Orders.Sum(o => o.Trainees), parts.Sum(p => p.Trainees));
    }

    [Fact]
    public void The_same_scenario_splits_the_same_way_every_time()
    {
        var scenario = ScenarioGenerator.Generate(Tier.S, seed: 2);

        var first = Partitioner.Split(scenario, 3);
        var second = Partitioner.Split(ScenarioGenerator.Generate(Tier.S, seed: 2), 3);

        Assert.Equal(first.Select(Ids), second.Select(Ids));
        Assert.Equal(first.Select(p => string.Join(",", p.Regions)), second.Select(p => string.Join(",", p.Regions)));
    }

    [Fact]
    public void Partitions_are_of_similar_size()
    {
        var scenario = ScenarioGenerator.Generate(Tier.S, seed: 1);

        var parts = Partitioner.Split(scenario, 2);

        var total = scenario.Orders.Sum(o => o.Trainees);
        Assert.All(parts, p => Assert.True(p.Trainees > total / 4, $"partition {p.Number} has {p.Trainees} of {total} trainees"));
    }

    [Fact]
    public void A_partition_holds_only_reference_data_its_orders_can_use()
    {
        var scenario = ScenarioGenerator.Generate(Tier.S, seed: 1);

        foreach (var part in Partitioner.Split(scenario, 2))
        {
            var sub = part.Scenario;
            var courses = sub.Orders.Select(o => o.Course).ToHashSet(StringComparer.Ordinal);
            Assert.Equal(courses.Order(StringComparer.Ordinal), sub.Courses.Select(c => c.Id).Order(StringComparer.Ordinal));
            Assert.All(sub.Institutions, i => Assert.Contains(i.Offers, o => courses.Contains(o.Course)));
            Assert.All(sub.Institutions, i => Assert.Contains(part.Regions, i.IsApprovedFor));
            Assert.All(sub.Trainers, t => Assert.Contains(sub.Courses, t.IsQualifiedFor));
            Assert.All(sub.Enterprises, e => Assert.Contains(sub.Orders, o => o.Enterprise == e.Id));
            Assert.Equal(scenario.Regions.Count, sub.Regions.Count);
            Assert.True(sub.Institutions.Count < scenario.Institutions.Count || sub.Trainers.Count < scenario.Trainers.Count,
                "a partition leaves out reference data none of its orders can use");
        }
    }

    [Fact]
    public void Regions_of_an_alliance_stay_together_while_there_are_enough_groups()
    {
        var scenario = ThreeRegions().Build();

        var parts = Partitioner.Split(scenario, 2);

        Assert.Equal(["R1", "R2"], parts.Single(p => p.Regions.Contains("R1")).Regions);
        Assert.Equal(["R3"], parts.Single(p => p.Regions.Contains("R3")).Regions);
    }

    [Fact]
    public void An_alliance_is_split_when_more_partitions_are_asked_for_than_groups_exist()
    {
        var parts = Partitioner.Split(ThreeRegions().Build(), 3);

        Assert.Equal(3, parts.Count);
        Assert.All(parts, p => Assert.Single(p.Regions));
    }

    [Fact]
    public void Orders_sharing_a_pinned_class_stay_in_one_partition()
    {
        var builder = ThreeRegions();
        var scenario = builder.Build();
        var pin = Classes.Make(scenario, "PIN1", "I1", "T1", "I1-R1", 1, ["Mon-AM"], new Enrollment("O1", 5), new Enrollment("O3", 5));

        var parts = Partitioner.Split(builder.Pin(pin).Build(), 3);

        Assert.Equal(2, parts.Count);
        var holder = Assert.Single(parts, p => p.Scenario.Orders.Any(o => o.Id == "O1"));
        Assert.Contains(holder.Scenario.Orders, o => o.Id == "O3");
        Assert.Equal("PIN1", Assert.Single(holder.Scenario.Pinned).Id);
    }

    [Fact]
    public void Fewer_groups_than_asked_give_fewer_partitions()
    {
        var scenario = ScenarioBuilder.Minimal().Order("O1", 10).Build();

        var part = Assert.Single(Partitioner.Split(scenario, 4));

        Assert.Equal("O1", Assert.Single(part.Scenario.Orders).Id);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(33)]
    public void A_partition_count_out_of_range_is_refused_naming_the_rule(int count)
    {
        var scenario = ScenarioBuilder.Minimal().Order("O1", 10).Build();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Partitioner.Split(scenario, count));

        Assert.Contains("partitions must be between 1 and 32", error.Message, StringComparison.Ordinal);
    }

    /// <summary>R1 and R2 form alliance A, R3 stands alone; one order of 10 per region (O1, O2, O3).</summary>
    private static ScenarioBuilder ThreeRegions() => ScenarioBuilder.Minimal()
        .Region("R1", alliance: "A").Region("R2", alliance: "A").Region("R3")
        .Enterprise("E2", e => e with { Region = "R2" }).Enterprise("E3", e => e with { Region = "R3" })
        .Order("O1", 10).Order("O2", 10, o => o with { Enterprise = "E2" }).Order("O3", 10, o => o with { Enterprise = "E3" });

    private static string Ids(ScenarioPartition part) => string.Join(",", part.Scenario.Orders.Select(o => o.Id));
}
