using System.Text.Json.Nodes;
using OrderMatch.Domain.Validation;

namespace OrderMatch.Domain.Tests.Validation;

public class WindowRuleTests
{
    [Fact]
    public void Earliest_start_after_deadline_is_reported_on_the_deadline()
    {
        var result = Tiny.LoadWith(n => n["orders"]![3]!["deadline"] = "2026-01-02");

        var problem = ProblemAssert.Only(result.Problems, "$.orders[3].deadline", ValidationRules.Window);
        Assert.Equal("deadline 2026-01-02 is before earliestStart 2026-01-05", problem.Message);
    }

    [Fact]
    public void An_order_window_before_the_horizon_is_reported()
    {
        var result = Tiny.LoadWith(n =>
        {
            n["orders"]![1]!["earliestStart"] = "2025-12-01";
            n["orders"]![1]!["deadline"] = "2026-01-04";
        });

        ProblemAssert.Only(result.Problems, "$.orders[1].deadline", ValidationRules.Window);
    }

    [Fact]
    public void An_order_window_after_the_horizon_is_reported()
    {
        var result = Tiny.LoadWith(n =>
        {
            n["orders"]![4]!["earliestStart"] = "2026-02-02";
            n["orders"]![4]!["deadline"] = "2026-03-01";
        });

        var problem = ProblemAssert.Only(result.Problems, "$.orders[4].earliestStart", ValidationRules.Window);
        Assert.Contains("2026-01-05 to 2026-02-01", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_window_overlapping_the_horizon_edge_is_fine()
    {
        var result = Tiny.LoadWith(n => n["orders"]![4]!["deadline"] = "2026-06-30");

        Assert.True(result.IsValid, ProblemAssert.Describe(result.Problems));
    }

    [Fact]
    public void Unavailability_from_after_to_is_reported()
    {
        var result = Tiny.LoadWith(n => n["bases"]![0]!["unavailable"]![0]!["from"] = "2026-02-02");

        ProblemAssert.Only(result.Problems, "$.bases[0].unavailable[0].from", ValidationRules.Window);
    }

    [Fact]
    public void Unavailability_must_be_a_range_or_a_date()
    {
        var result = Tiny.LoadWith(n =>
        {
            n["trainers"]![1]!["unavailable"]!.AsArray().Add(new JsonObject { ["from"] = "2026-01-12" });
            n["trainers"]![3]!["unavailable"]!.AsArray().Add(new JsonObject { ["period"] = "AM" });
            n["trainers"]![0]!["unavailable"] = new JsonArray(new JsonObject { ["date"] = "2026-01-12", ["to"] = "2026-01-13" });
        });

        ProblemAssert.Has(result.Problems, "$.trainers[1].unavailable[1]", ValidationRules.Unavailability);
        ProblemAssert.Has(result.Problems, "$.trainers[3].unavailable[1]", ValidationRules.Unavailability);
        ProblemAssert.Has(result.Problems, "$.trainers[0].unavailable[0]", ValidationRules.Unavailability);
        Assert.Equal(3, result.Problems.Count);
    }
}
