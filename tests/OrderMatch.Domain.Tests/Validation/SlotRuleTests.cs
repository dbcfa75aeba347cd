using System.Text.Json.Nodes;
using OrderMatch.Domain.Validation;

namespace OrderMatch.Domain.Tests.Validation;

public class SlotRuleTests
{
    [Theory]
    [InlineData("Sun-AM")]
    [InlineData("Mon-EVE")]
    [InlineData("Monday-AM")]
    [InlineData("MonAM")]
    [InlineData("")]
    public void Allowed_slots_must_be_valid_slots_of_the_horizon(string slot)
    {
        var result = Tiny.LoadWith(n => n["orders"]![2]!["allowedSlots"]!.AsArray().Add(slot));

        var problem = ProblemAssert.Only(result.Problems, "$.orders[2].allowedSlots[3]", ValidationRules.Slots);
        Assert.Contains($"\"{slot}\"", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Course_slots_on_too_few_days_leave_no_pattern()
    {
        var result = Tiny.LoadWith(n => n["courses"]![1]!["allowedSlots"] = new JsonArray("Sat-AM", "Sat-PM"));

        var problem = ProblemAssert.Has(result.Problems, "$.courses[1].allowedSlots", ValidationRules.Slots);
        Assert.Contains("1 day (Sat)", problem.Message, StringComparison.Ordinal);
        Assert.All(result.Problems, p => Assert.Equal("$.courses[1].allowedSlots", p.Path));
    }

    [Fact]
    public void Order_and_course_slots_together_must_leave_a_pattern()
    {
        // CARE-1 allows only afternoons on weekdays; O003 then keeps Fri-PM and Sat-PM, two days: fine.
        // Narrowed to Mon-AM and Sat-PM, only Saturday is left.
        var result = Tiny.LoadWith(n => n["orders"]![2]!["allowedSlots"] = new JsonArray("Mon-AM", "Sat-PM"));

        ProblemAssert.Only(result.Problems, "$.orders[2].allowedSlots", ValidationRules.Slots);
    }

    [Fact]
    public void Order_slots_that_cover_distinct_days_with_the_course_are_fine()
    {
        var result = Tiny.LoadWith(n => n["orders"]![0]!["allowedSlots"] = new JsonArray("Tue-PM", "Sat-AM"));

        Assert.True(result.IsValid, ProblemAssert.Describe(result.Problems));
    }

    [Fact]
    public void Unavailability_period_must_be_a_horizon_period()
    {
        var result = Tiny.LoadWith(n => n["trainers"]![3]!["unavailable"]![0]!["period"] = "EVE");

        ProblemAssert.Only(result.Problems, "$.trainers[3].unavailable[0].period", ValidationRules.Slots);
    }
}
