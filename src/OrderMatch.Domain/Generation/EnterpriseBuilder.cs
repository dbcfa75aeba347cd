using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Generation;

/// <summary>
/// Enterprises per region by weight, mostly in the region's leading industries, sized by the tier's mix
/// (many micro and small firms), named like "丹阳恒达光学眼镜有限公司" or "句容福星养老院".
/// </summary>
internal static class EnterpriseBuilder
{
    public static int CountFor(TierSize size) => size.Orders * 2 / 5;

    public static void Build(GenerationContext context)
    {
        var random = context.Random;
        var total = CountFor(context.Size);
        var counts = Apportion.ByWeight(total, context.RegionWeights, minEach: 1);
        var keys = context.Occupations.Select(o => o.Key).ToHashSet(StringComparer.Ordinal);
        var industries = IndustryCatalog.All.Where(i => i.Occupations.Any(keys.Contains)).ToList();
        var usedNames = new HashSet<string>(StringComparer.Ordinal);
        for (var r = 0; r < context.Regions.Count; r++)
        {
            var region = context.Regions[r];
            var seed = context.SeedOf[region.Id];
            var leading = industries.Where(i => seed.Industries.Contains(i.Key)).ToList();
            for (var k = 0; k < counts[r]; k++)
            {
                var industry = leading.Count > 0 && random.Chance(0.65) ? random.Pick(leading) : random.Pick(industries);
                var size = (EnterpriseSize)random.WeightedIndex(context.Model.SizeMix);
                var prefix = context.Tier == Tier.M ? context.Model.CityName : seed.ShortName;
                var name = UniqueName(random, prefix, industry, size, usedNames);
                usedNames.Add(name);
                var enterprise = new Enterprise
                {
                    Id = Ids.Make("E", context.Enterprises.Count + 1, total),
                    Name = name,
                    Region = region.Id,
                    Location = random.Near(seed.Centre, seed.SpreadKm),
                    Size = size,
                };
                context.Enterprises.Add(enterprise);
                context.IndustryOf[enterprise.Id] = industry;
            }
        }
    }

    private static string UniqueName(SeededRandom random, string prefix, Industry industry, EnterpriseSize size, HashSet<string> used)
    {
        for (var attempt = 0; ; attempt++)
        {
            var name = size switch
            {
                EnterpriseSize.Micro => $"{prefix}{random.Brand()}{random.Pick(industry.MicroNames)}",
                EnterpriseSize.Large => $"{prefix}{random.Brand()}{random.Pick(industry.Nouns)}{(random.Chance(0.5) ? "股份有限公司" : "集团有限公司")}",
                _ => $"{prefix}{random.Brand()}{random.Pick(industry.Nouns)}有限公司",
            };
            if (!used.Contains(name) || attempt > 50)
            {
                return name;
            }
        }
    }
}
