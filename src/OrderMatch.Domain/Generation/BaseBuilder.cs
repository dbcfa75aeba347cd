using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Generation;

/// <summary>
/// Shared public training bases (公共实训基地) per region by weight, holding equipment rooms for the workshop and lab
/// types the tier's courses use, rented per session; some close for a few days of maintenance.
/// </summary>
internal static class BaseBuilder
{
    public static void Build(GenerationContext context)
    {
        var random = context.Random;
        var bases = context.Size.Bases;
        var counts = Apportion.ByWeight(bases, context.RegionWeights, minEach: bases >= context.Regions.Count ? 1 : 0);
        var equipment = RoomTypes.BaseEquipment.Where(t => context.Courses.Any(c => c.RoomType == t)).ToList();
        double TypeWeight(string type) => context.Occupations.Where(o => o.RoomType == type).Sum(o => o.Popularity);
        var usedNames = new HashSet<string>(StringComparer.Ordinal);
        for (var r = 0; r < context.Regions.Count; r++)
        {
            var region = context.Regions[r];
            var seed = context.SeedOf[region.Id];
            for (var k = 0; k < counts[r]; k++)
            {
                var id = Ids.Make("B", context.Bases.Count + 1, bases, minDigits: 2);
                var name = k == 0 ? $"{region.Name}公共实训基地" : UniqueName(random, region, usedNames);
                usedNames.Add(name);
                var rooms = new List<Room>();
                var types = random.SampleWeighted(equipment, Math.Min(equipment.Count, random.Between(2, 6)), TypeWeight);
                foreach (var type in types)
                {
                    var (minFee, maxFee) = RoomTypes.FeeRange(type);
                    var second = random.Chance(0.2) ? random.Pick(equipment) : type;
                    rooms.Add(new Room
                    {
                        Id = $"{id}-{RoomTypes.Letter(type)}1",
                        Types = second == type ? [type] : [type, second],
                        Capacity = random.Between(4, 8) * 5,
                        FeePerSession = random.Between(minFee / 10, maxFee / 10) * 10,
                    });
                }

                context.Bases.Add(new TrainingBase
                {
                    Id = id,
                    Name = name,
                    Region = region.Id,
                    Location = random.Near(seed.Centre, seed.SpreadKm * 0.7),
                    Rooms = rooms,
                    Unavailable = Absences.Draw(random, context.Horizon, rangeChance: 0.25, singleChance: 0),
                });
            }
        }
    }

    private static string UniqueName(SeededRandom random, Region region, HashSet<string> used)
    {
        for (var attempt = 0; ; attempt++)
        {
            var name = random.Chance(0.5)
                ? $"{region.Name}{random.Pick(ChineseNames.ParkWords)}实训基地"
                : $"{region.Name}{random.Brand()}高技能人才培训基地";
            if (!used.Contains(name) || attempt > 50)
            {
                return name;
            }
        }
    }
}
