using OrderMatch.Domain.Generation;
using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Tests.Generation;

/// <summary>Scenarios generated once per test run and shared by the generation tests (generation is deterministic).</summary>
internal static class GeneratedScenarios
{
    private static readonly Lazy<Scenario> SmallOne = new(() => ScenarioGenerator.Generate(Tier.S, 1));
    private static readonly Lazy<Scenario> MediumOne = new(() => ScenarioGenerator.Generate(Tier.M, 1));

    public static Scenario Get(Tier tier, int seed) => (tier, seed) switch
    {
        (Tier.S, 1) => SmallOne.Value,
        (Tier.M, 1) => MediumOne.Value,
        _ => ScenarioGenerator.Generate(tier, seed),
    };
}
