using OrderMatch.Domain.Model;
using OrderMatch.Solver.Tests.Optimizer.Builders;
using Xunit.Sdk;
using static OrderMatch.Solver.Tests.Optimizer.Builders.Solving;

namespace OrderMatch.Solver.Tests.Optimizer.Rules;

/// <summary>The rule tests lean on <see cref="Temptation"/>; it must reject alternatives that are no temptation.</summary>
public class TemptationTests
{
    private static readonly Scenario Scenario = ScenarioBuilder.Minimal()
        .Institution("I2", i => i with { Offers = [new Offer("C1", 500)] }, km: 10)
        .Trainer("T2", institution: "I2", km: 10)
        .Order("O1", 10)
        .Build();

    [Fact]
    public void An_alternative_that_keeps_every_rule_is_rejected()
    {
        var plan = SolveValid(Scenario);
        var valid = Classes.Make(Scenario, "X1", "I2", "T2", "I2-R1", 1, ["Mon-AM"], new Enrollment("O1", 10));

        Assert.Throws<EqualException>(() => Temptation.AssertResisted(Scenario, plan, "H2", valid));
    }

    [Fact]
    public void An_alternative_that_breaks_the_rule_but_costs_more_is_rejected()
    {
        var plan = SolveValid(Scenario);
        var dearer = Classes.Make(Scenario, "X1", "I1", "T2", "I1-R1", 1, ["Mon-AM"], new Enrollment("O1", 10));

        Assert.Throws<TrueException>(() => Temptation.AssertResisted(Scenario, plan, "H3", dearer));
    }
}
