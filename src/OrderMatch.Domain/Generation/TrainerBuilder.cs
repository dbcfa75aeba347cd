using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Generation;

/// <summary>
/// Trainers: about three quarters employed by institutions, together covering every occupation and level their
/// institution offers; the rest form the shared 双师型 pool, spread over the regions, more experienced and willing
/// to travel further. Some are away for a few days or a single session.
/// </summary>
internal static class TrainerBuilder
{
    private static readonly double[] PoolLevelWeights = [0, 0.2, 0.35, 0.3, 0.15];

    public static void Build(GenerationContext context)
    {
        var institutions = context.Institutions;
        var needs = institutions.Select(i => OccupationNeeds(context, i)).ToList();
        var minimum = needs.Select(n => (n.Count + 2) / 3).ToArray();
        var employed = Math.Max((int)Math.Round(context.Size.Trainers * 0.75), minimum.Sum());
        var extra = Apportion.ByWeight(employed - minimum.Sum(), [.. institutions.Select(i => (double)i.Offers.Count)], minEach: 0);
        for (var i = 0; i < institutions.Count; i++)
        {
            AddEmployed(context, institutions[i], needs[i], minimum[i], minimum[i] + extra[i]);
        }

        var pool = context.Size.Trainers - context.Trainers.Count;
        var perRegion = Apportion.ByWeight(pool, context.RegionWeights, minEach: pool >= context.Regions.Count ? 1 : 0);
        for (var r = 0; r < context.Regions.Count; r++)
        {
            for (var k = 0; k < perRegion[r]; k++)
            {
                AddPooled(context, context.SeedOf[context.Regions[r].Id]);
            }
        }
    }

    /// <summary>Occupations an institution offers, each with the highest level it offers, in offer order.</summary>
    private static List<(Occupation Occupation, int Level)> OccupationNeeds(GenerationContext context, Institution institution)
    {
        var levels = context.Courses.ToDictionary(c => c.Id, c => c.Level, StringComparer.Ordinal);
        return [.. institution.Offers
            .GroupBy(o => context.OccupationOf[o.Course])
            .Select(g => (g.Key, g.Max(o => levels[o.Course])))];
    }

    private static void AddEmployed(
        GenerationContext context, Institution institution, List<(Occupation Occupation, int Level)> needs, int covering, int count)
    {
        var random = context.Random;
        for (var t = 0; t < count; t++)
        {
            List<(Occupation Occupation, int Level)> teaches = t < covering
                ? [.. needs.Where((_, i) => i % covering == t)]
                : random.SampleWeighted(needs, random.Between(1, Math.Min(2, needs.Count)), n => n.Occupation.Popularity);
            var qualifications = teaches
                .Select(n => new Qualification(n.Occupation.Code, Math.Min(5, n.Level + (random.Chance(0.3) ? 1 : 0))))
                .ToList();
            var travel = random.Between(20, 60) * (context.Model.TravelScale > 1 ? 1.5 : 1.0);
            context.Trainers.Add(Create(context, institution.Id, teaches[0].Occupation, institution.Location, 6, qualifications, travel));
        }
    }

    private static void AddPooled(GenerationContext context, RegionSeed seed)
    {
        var random = context.Random;
        var occupations = random.SampleWeighted(context.Occupations, random.Between(1, 3), o => o.Popularity);
        var qualifications = occupations
            .Select(o => new Qualification(o.Code, 1 + random.WeightedIndex(PoolLevelWeights)))
            .ToList();
        var travel = context.Model.TravelScale > 1 ? random.Between(80, 150) : random.Between(60, 120);
        context.Trainers.Add(Create(context, null, occupations[0], seed.Centre, seed.SpreadKm, qualifications, travel));
    }

    private static Trainer Create(
        GenerationContext context, string? institution, Occupation main, Location near, double radiusKm,
        List<Qualification> qualifications, double maxTravelKm)
    {
        var random = context.Random;
        return new Trainer
        {
            Id = Ids.Make("T", context.Trainers.Count + 1, context.Size.Trainers),
            Name = random.PersonName(RoomTypes.IsWorkshop(main.RoomType)),
            Institution = institution,
            Location = random.Near(near, radiusKm),
            Qualifications = qualifications,
            MaxSessionsPerWeek = random.Between(4, 12),
            MaxTravelKm = maxTravelKm,
            Unavailable = Absences.Draw(random, context.Horizon, rangeChance: 0.2, singleChance: 0.15),
        };
    }
}
