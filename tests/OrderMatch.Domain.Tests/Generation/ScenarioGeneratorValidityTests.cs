using OrderMatch.Domain.Generation;
using OrderMatch.Domain.Json;
using OrderMatch.Domain.Validation;

namespace OrderMatch.Domain.Tests.Generation;

public class ScenarioGeneratorValidityTests
{
    [Theory]
    [InlineData(Tier.S, 1)]
    [InlineData(Tier.S, 2)]
    [InlineData(Tier.S, 3)]
    [InlineData(Tier.M, 1)]
    public void Generated_scenarios_pass_validation(Tier tier, int seed)
    {
        var problems = ScenarioLoader.Validate(GeneratedScenarios.Get(tier, seed));

        Assert.Empty(problems);
    }

    [Fact]
    public void Generated_json_loads_without_problems()
    {
        var result = ScenarioLoader.Load(FormatJson.Serialize(GeneratedScenarios.Get(Tier.S, 1)));

        Assert.Empty(result.Problems);
        Assert.NotNull(result.Value);
    }

    [Fact]
    public void Large_tier_has_its_size_and_passes_validation()
    {
        var scenario = ScenarioGenerator.Generate(Tier.L, 1);

        ScenarioGeneratorSizeTests.AssertSize(scenario, TierSize.For(Tier.L));
        Assert.Equal("成都市", scenario.Regions[0].Name);
        Assert.Contains(scenario.Regions, r => r.Name == "凉山州");
        Assert.Empty(ScenarioLoader.Validate(scenario));
    }
}
