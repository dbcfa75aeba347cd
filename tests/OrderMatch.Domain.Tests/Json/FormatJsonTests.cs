using OrderMatch.Domain.Json;
using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Tests.Json;

public class FormatJsonTests
{
    [Fact]
    public void Tiny_example_reads_with_every_entity()
    {
        var scenario = FormatJson.DeserializeScenario(File.ReadAllText(TestData.TinyScenarioPath));

        Assert.Equal("tiny", scenario.Name);
        Assert.Equal(new DateOnly(2026, 1, 5), scenario.Horizon.StartDate);
        Assert.Equal([Weekday.Mon, Weekday.Tue, Weekday.Wed, Weekday.Thu, Weekday.Fri, Weekday.Sat], scenario.Horizon.Days);
        Assert.Equal(3, scenario.Regions.Count);
        Assert.Equal(SubsidyScope.Alliance, scenario.Regions[0].SubsidyScope);
        Assert.Equal(Grade.Fail, scenario.Institutions[2].Grade);
        Assert.Null(scenario.Trainers[3].Institution);
        Assert.Equal(new DateOnly(2026, 1, 19), scenario.Trainers[3].Unavailable[0].Date);
        Assert.Equal(150, scenario.Bases[0].Rooms[1].FeePerSession);
        Assert.False(scenario.Orders[1].Splittable);
        Assert.Equal(1, scenario.Orders[1].MinChunk);
        Assert.Equal(4, scenario.Orders[0].MinChunk);
        Assert.Equal(60, scenario.Policy.GradePenaltyPerTrainee.Good);
    }

    [Fact]
    public void Round_trip_keeps_everything_and_writes_chinese_readably()
    {
        var original = FormatJson.DeserializeScenario(File.ReadAllText(TestData.TinyScenarioPath));

        var text = FormatJson.Serialize(original);
        var again = FormatJson.Serialize(FormatJson.DeserializeScenario(text));

        Assert.Equal(text, again);
        Assert.Contains("镇江技师学院", text, StringComparison.Ordinal);
        Assert.Contains("\"institution\": null", text, StringComparison.Ordinal);
        Assert.Contains("\"subsidyScope\": \"alliance\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_enums_are_written_as_the_format_spells_them()
    {
        var plan = new Plan
        {
            Scenario = "x",
            Objective = new Objective(1, new ObjectiveComponents { Unserved = 1 }),
            Unassigned = [new Unassigned { Order = "O1", Trainees = 1, Reasons = [new Reason { Code = ReasonCode.NoOffer, Detail = "d" }] }],
            Solver = new SolverInfo { Status = SolverStatus.TimeLimit },
        };

        var text = FormatJson.Serialize(plan);

        Assert.Contains("\"NO_OFFER\"", text, StringComparison.Ordinal);
        Assert.Contains("\"timeLimit\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"size\"", text, StringComparison.Ordinal);
        Assert.Equal(SolverStatus.TimeLimit, FormatJson.DeserializePlan(text).Solver!.Status);
    }
}
