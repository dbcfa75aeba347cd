using System.Text.Json.Nodes;
using OrderMatch.Domain.Validation;

namespace OrderMatch.Domain.Tests.Validation;

public class HorizonRuleTests
{
    [Fact]
    public void Horizon_must_start_on_a_monday()
    {
        var result = Tiny.LoadWith(n => n["horizon"]!["startDate"] = "2026-01-04");

        var problem = ProblemAssert.Has(result.Problems, "$.horizon.startDate", ValidationRules.NotMonday);
        Assert.Contains("Sunday", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Weeks_must_be_at_least_one()
    {
        var result = Tiny.LoadWith(n => n["horizon"]!["weeks"] = 0);

        ProblemAssert.Only(result.Problems, "$.horizon.weeks", ValidationRules.Range);
    }

    [Fact]
    public void Days_and_periods_must_not_be_empty()
    {
        var result = Tiny.LoadWith(n =>
        {
            n["horizon"]!["days"] = new JsonArray();
            n["horizon"]!["periods"] = new JsonArray();
        });

        ProblemAssert.Has(result.Problems, "$.horizon.days", ValidationRules.Empty);
        ProblemAssert.Has(result.Problems, "$.horizon.periods", ValidationRules.Empty);
    }

    [Fact]
    public void Days_and_periods_must_not_repeat()
    {
        var result = Tiny.LoadWith(n =>
        {
            n["horizon"]!["days"] = new JsonArray("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Tue");
            n["horizon"]!["periods"] = new JsonArray("AM", "PM", "AM");
        });

        ProblemAssert.Has(result.Problems, "$.horizon.days[6]", ValidationRules.DuplicateValue);
        ProblemAssert.Has(result.Problems, "$.horizon.periods[2]", ValidationRules.DuplicateValue);
        Assert.Equal(2, result.Problems.Count);
    }

    [Fact]
    public void Closed_dates_outside_the_horizon_are_accepted()
    {
        var result = Tiny.LoadWith(n => n["horizon"]!["closedDates"] = new JsonArray("2026-01-01", "2026-01-14", "2026-10-01"));

        Assert.True(result.IsValid, ProblemAssert.Describe(result.Problems));
    }
}
