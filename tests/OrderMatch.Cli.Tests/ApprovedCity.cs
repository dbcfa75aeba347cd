using OrderMatch.Domain.Generation;
using OrderMatch.Domain.Model;
using OrderMatch.Solver.Greedy;

namespace OrderMatch.Cli.Tests;

/// <summary>A generated city (tier S, seed 1) and a valid plan for it made once by first come, first served, shared by the re-planning tests.</summary>
internal static class ApprovedCity
{
    private static readonly Lazy<Plan> LazyPlan = new(() => FcfsPlanner.Plan(Scenario!));

    public static Scenario Scenario { get; } = ScenarioGenerator.Generate(Tier.S, 1);

    public static Plan Plan => LazyPlan.Value;
}
