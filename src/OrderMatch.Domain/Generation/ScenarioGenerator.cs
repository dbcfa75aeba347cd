using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Generation;

/// <summary>
/// Generates realistic scenarios of a tier (DESIGN.md, scale tiers): Zhenjiang (S), Shanghai (M) or a Sichuan
/// quarter (L). The same tier and seed always give the same scenario, down to the serialized bytes.
/// </summary>
public static class ScenarioGenerator
{
    public static Scenario Generate(Tier tier, int seed)
    {
        var context = new GenerationContext(tier, seed);
        RegionBuilder.Build(context);
        CourseBuilder.Build(context);
        InstitutionBuilder.Build(context);
        TrainerBuilder.Build(context);
        BaseBuilder.Build(context);
        EnterpriseBuilder.Build(context);
        OrderBuilder.Build(context);
        return new Scenario
        {
            Name = $"{context.Model.Name}-{tier}-{seed}",
            Horizon = context.Horizon,
            Regions = context.Regions,
            Courses = context.Courses,
            Institutions = context.Institutions,
            Trainers = context.Trainers,
            Bases = context.Bases,
            Enterprises = context.Enterprises,
            Orders = context.Orders,
            Policy = StandardPolicy,
        };
    }

    /// <summary>The pricing every generated scenario uses (the figures of the spec's worked example).</summary>
    public static Policy StandardPolicy { get; } = new()
    {
        UnservedTraineePenalty = 10_000,
        TraineeTravelCostPerKm = 0.5,
        TrainerTravelCostPerKm = 1.0,
        ClassOpeningCost = 800,
        GradePenaltyPerTrainee = new GradePenalties(Excellent: 0, Good: 60, Pass: 200),
        ChangePenalty = 2_000,
    };
}
