using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Generation;

/// <summary>Regions of the modelled place, ids R01…, with their alliances and subsidy scopes.</summary>
internal static class RegionBuilder
{
    public static void Build(GenerationContext context)
    {
        var seeds = context.Model.Regions;
        for (var i = 0; i < seeds.Count; i++)
        {
            var seed = seeds[i];
            var region = new Region
            {
                Id = Ids.Make("R", i + 1, seeds.Count, minDigits: 2),
                Name = seed.Name,
                Alliance = seed.Alliance,
                SubsidyScope = seed.Scope,
            };
            context.Regions.Add(region);
            context.SeedOf[region.Id] = seed;
        }
    }
}
