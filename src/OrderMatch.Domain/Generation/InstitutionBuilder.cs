using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Generation;

/// <summary>
/// Institutions per region by economic weight: a few broad technician colleges and schools, many narrow private
/// training schools; grades mostly good or excellent; offers priced by occupation, level, kind and place; a room
/// for every room type they teach in. Every course ends up offered by at least one institution that may teach.
/// </summary>
internal static class InstitutionBuilder
{
    private static readonly double[] KindWeights = [0.08, 0.15, 0.12, 0.48, 0.17];
    private static readonly double[] LevelPriceFactor = [1.0, 1.25, 1.5, 1.8, 2.1];

    public static void Build(GenerationContext context)
    {
        var random = context.Random;
        var counts = Apportion.ByWeight(context.Size.Institutions, context.RegionWeights, minEach: 1);
        var usedNames = new HashSet<string>(StringComparer.Ordinal);
        var drafts = new List<InstitutionDraft>();
        for (var r = 0; r < context.Regions.Count; r++)
        {
            for (var k = 0; k < counts[r]; k++)
            {
                var first = drafts.Count == 0;
                var kind = first ? InstitutionKind.TechnicianCollege : (InstitutionKind)random.WeightedIndex(KindWeights);
                var id = Ids.Make("I", drafts.Count + 1, context.Size.Institutions);
                var (name, actualKind) = first
                    ? (context.Model.CityName + "技师学院", kind)
                    : InstitutionNames.Unique(random, context.Regions[r], context.SeedOf[context.Regions[r].Id], kind, usedNames);
                usedNames.Add(name);
                var draft = NewDraft(context, id, name, context.Regions[r], actualKind);
                ChooseOffers(context, draft);
                drafts.Add(draft);
            }
        }

        EnsureEveryCourseOffered(context, drafts);
        context.Institutions.AddRange(drafts.Select(d => d.ToInstitution(random)));
    }

    private static InstitutionDraft NewDraft(GenerationContext context, string id, string name, Region region, InstitutionKind kind)
    {
        var random = context.Random;
        var seed = context.SeedOf[region.Id];
        var grade = (Grade)random.WeightedIndex(kind switch
        {
            InstitutionKind.TechnicianCollege => [0.55, 0.40, 0.05, 0.0],
            InstitutionKind.TechnicalSchool => [0.35, 0.50, 0.13, 0.02],
            InstitutionKind.VocationalSchool => [0.30, 0.50, 0.17, 0.03],
            _ => [0.20, 0.55, 0.20, 0.05],
        });
        var stars = grade switch
        {
            Grade.Excellent => random.Between(4, 5),
            Grade.Good => random.Between(3, 5),
            Grade.Pass => random.Between(2, 4),
            _ => random.Between(1, 2),
        };
        var maxConcurrent = kind switch
        {
            InstitutionKind.TechnicianCollege => random.Between(6, 10),
            InstitutionKind.TechnicalSchool => random.Between(4, 8),
            InstitutionKind.VocationalSchool => random.Between(3, 6),
            _ => random.Between(2, 5),
        };
        return new InstitutionDraft
        {
            Id = id,
            Name = name,
            Region = region,
            Kind = kind,
            Location = random.Near(seed.Centre, seed.SpreadKm * 0.8),
            Grade = grade,
            CreditStars = stars,
            ApprovedRegions = ApprovedRegions(context, region, kind),
            MaxConcurrentClasses = maxConcurrent,
        };
    }

    /// <summary>Everywhere ("*"), the own region and its alliance (一地审批、区域通用), or the own region only.</summary>
    private static IReadOnlyList<string> ApprovedRegions(GenerationContext context, Region region, InstitutionKind kind)
    {
        var random = context.Random;
        var everywhere = kind == InstitutionKind.TechnicianCollege ? 0.6 : 0.2;
        var x = random.Uniform(0, 1);
        if (x < everywhere)
        {
            return ["*"];
        }

        if (x < everywhere + ((1 - everywhere) * 0.7) && region.Alliance is not null)
        {
            return [region.Id, .. context.Regions.Where(r => r.Alliance == region.Alliance && r.Id != region.Id).Select(r => r.Id)];
        }

        return [region.Id];
    }

    private static void ChooseOffers(GenerationContext context, InstitutionDraft draft)
    {
        var random = context.Random;
        var (minTypes, maxTypes, minOffers, maxOffers) = draft.Kind switch
        {
            InstitutionKind.TechnicianCollege => (3, 5, 6, 12),
            InstitutionKind.TechnicalSchool => (2, 4, 5, 10),
            InstitutionKind.VocationalSchool => (2, 3, 4, 8),
            InstitutionKind.TrainingCentre => (1, 2, 3, 7),
            _ => (1, 2, 3, 6),
        };
        var available = context.Courses.Select(c => c.RoomType).Distinct().ToList();
        var industrial = draft.Kind is InstitutionKind.TechnicianCollege or InstitutionKind.TechnicalSchool;
        double TypeWeight(string type) =>
            context.Occupations.Where(o => o.RoomType == type).Sum(o => o.Popularity)
            * (RoomTypes.IsWorkshop(type) == industrial ? 2.0 : 1.0);

        var types = random.SampleWeighted(available, random.Between(minTypes, maxTypes), TypeWeight);
        var wanted = random.Between(minOffers, maxOffers);
        while (context.Courses.Count(c => types.Contains(c.RoomType)) < wanted && types.Count < available.Count)
        {
            types.AddRange(random.SampleWeighted([.. available.Where(t => !types.Contains(t))], 1, TypeWeight));
        }

        var candidates = context.Courses.Where(c => types.Contains(c.RoomType)).ToList();
        var chosen = random.SampleWeighted(candidates, wanted, c => context.OccupationOf[c.Id].Popularity / c.Level);
        foreach (var course in context.Courses.Where(chosen.Contains))
        {
            AddOffer(context, draft, course);
        }
    }

    private static void AddOffer(GenerationContext context, InstitutionDraft draft, Course course)
    {
        var occupation = context.OccupationOf[course.Id];
        var price = occupation.BasePrice * LevelPriceFactor[course.Level - 1] * context.Model.PriceFactor
                    * draft.KindPriceFactor * context.Random.Uniform(0.85, 1.15);
        draft.Offers.Add(new Offer(course.Id, Math.Max(300, Math.Round(price / 50) * 50)));
        if (!draft.TeachingRoomTypes.Contains(course.RoomType))
        {
            draft.TeachingRoomTypes.Add(course.RoomType);
        }
    }

    /// <summary>A course nobody who may teach offers goes to the broadest institution that may teach (technician colleges first).</summary>
    private static void EnsureEveryCourseOffered(GenerationContext context, List<InstitutionDraft> drafts)
    {
        foreach (var course in context.Courses)
        {
            var teaching = drafts.Where(d => d.Grade != Grade.Fail).ToList();
            if (teaching.Any(d => d.Offers.Any(o => o.Course == course.Id)))
            {
                continue;
            }

            var withRoom = teaching.Where(d => d.TeachingRoomTypes.Contains(course.RoomType)).ToList();
            var pool = withRoom.Count > 0 ? withRoom : [.. teaching.Where(d => d.Kind == InstitutionKind.TechnicianCollege)];
            if (pool.Count == 0)
            {
                pool = teaching;
            }

            AddOffer(context, pool[context.Random.Between(0, pool.Count - 1)], course);
        }
    }
}
