using OrderMatch.Domain.Model;
using OrderMatch.Domain.Validation;

namespace OrderMatch.Domain.Tests.Validation;

public class ValidateTests
{
    [Fact]
    public void Validate_checks_a_scenario_built_in_code()
    {
        var tiny = Tiny.Scenario();
        var scenario = tiny with
        {
            Horizon = tiny.Horizon with { Weeks = 0 },
            Orders = [.. tiny.Orders.Select((o, i) => i == 1 ? o with { Course = "GHOST" } : o)],
            Regions = [.. tiny.Regions, tiny.Regions[0]],
        };

        var problems = ScenarioLoader.Validate(scenario);

        ProblemAssert.Has(problems, "$.horizon.weeks", ValidationRules.Range);
        ProblemAssert.Has(problems, "$.orders[1].course", ValidationRules.UnknownId);
        ProblemAssert.Has(problems, "$.regions[3].id", ValidationRules.DuplicateId);
        Assert.Equal(3, problems.Count);
    }

    [Fact]
    public void Validate_reports_values_json_cannot_hold()
    {
        var tiny = Tiny.Scenario();
        var scenario = tiny with
        {
            Policy = tiny.Policy with { TraineeTravelCostPerKm = double.NaN },
            Enterprises = [.. tiny.Enterprises.Select((e, i) => i == 0 ? e with { Location = new Location(double.PositiveInfinity, 0) } : e)],
            Horizon = tiny.Horizon with { Periods = ["AM", "PM", "AM"] },
        };

        var problems = ScenarioLoader.Validate(scenario);

        ProblemAssert.Has(problems, "$.policy.traineeTravelCostPerKm", ValidationRules.Range);
        ProblemAssert.Has(problems, "$.enterprises[0].location.lat", ValidationRules.Range);
        ProblemAssert.Has(problems, "$.horizon.periods[2]", ValidationRules.DuplicateValue);
        Assert.Equal(3, problems.Count);
    }

    [Fact]
    public void A_horizon_of_absurd_length_does_not_throw()
    {
        var tiny = Tiny.Scenario();

        var problems = ScenarioLoader.Validate(tiny with { Horizon = tiny.Horizon with { Weeks = int.MaxValue } });

        Assert.Empty(problems);
    }
}
