using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Generation;

/// <summary>What the builders share while a scenario is generated, filled in build order.</summary>
internal sealed class GenerationContext(Tier tier, int seed)
{
    public Tier Tier { get; } = tier;
    public TierSize Size { get; } = TierSize.For(tier);
    public TierModel Model { get; } = TierModels.For(tier);
    public SeededRandom Random { get; } = new(seed);
    public Horizon Horizon { get; } = HorizonFactory.Create(TierSize.For(tier).Weeks);

    public List<Region> Regions { get; } = [];
    public Dictionary<string, RegionSeed> SeedOf { get; } = new(StringComparer.Ordinal);
    public List<Course> Courses { get; } = [];
    public Dictionary<string, Occupation> OccupationOf { get; } = new(StringComparer.Ordinal);
    public List<Institution> Institutions { get; } = [];
    public List<Trainer> Trainers { get; } = [];
    public List<TrainingBase> Bases { get; } = [];
    public List<Enterprise> Enterprises { get; } = [];
    public Dictionary<string, Industry> IndustryOf { get; } = new(StringComparer.Ordinal);
    public List<TrainingOrder> Orders { get; } = [];

    public DateOnly LastDate => Horizon.StartDate.AddDays((7 * Horizon.Weeks) - 1);

    /// <summary>Occupations the tier's courses are drawn from.</summary>
    public IReadOnlyList<Occupation> Occupations { get; } = [.. OccupationCatalog.All.Take(OccupationCatalog.CountFor(tier))];

    public IReadOnlyList<double> RegionWeights => [.. Regions.Select(r => SeedOf[r.Id].Weight)];
}
