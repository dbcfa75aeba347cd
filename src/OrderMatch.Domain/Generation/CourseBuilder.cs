using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Generation;

/// <summary>
/// Courses: occupation × level, filling levels 1, 2, 3… across the tier's occupations, most demanded first.
/// Higher levels take more weeks; some courses keep to workshop, office or after-work hours.
/// </summary>
internal static class CourseBuilder
{
    public static void Build(GenerationContext context)
    {
        var picks = new List<(int OccupationIndex, int Level)>();
        for (var level = 1; level <= 5 && picks.Count < context.Size.Courses; level++)
        {
            for (var o = 0; o < context.Occupations.Count && picks.Count < context.Size.Courses; o++)
            {
                picks.Add((o, level));
            }
        }

        foreach (var (o, level) in picks.OrderBy(p => p.OccupationIndex).ThenBy(p => p.Level))
        {
            var occupation = context.Occupations[o];
            var course = Create(context.Random, occupation, level);
            context.Courses.Add(course);
            context.OccupationOf[course.Id] = occupation;
        }
    }

    private static Course Create(SeededRandom random, Occupation occupation, int level)
    {
        var perWeek = level <= 2 ? random.Between(2, 3) : random.Between(2, 4);
        var (minWeeks, maxWeeks) = level switch
        {
            1 => (3, 5),
            2 => (4, 6),
            3 => (5, 7),
            _ => (6, 8),
        };
        var sessions = Math.Clamp(perWeek * random.Between(minWeeks, maxWeeks), 8, 40);
        var minSize = level >= 4 ? random.Between(8, 10) : random.Between(8, 15);
        var maxSize = RoomTypes.IsWorkshop(occupation.RoomType) ? random.Between(30, 40) : random.Between(35, 50);
        return new Course
        {
            Id = $"{occupation.Key}-{level}",
            Occupation = occupation.Code,
            OccupationName = occupation.Name,
            Level = level,
            Sessions = sessions,
            SessionsPerWeek = perWeek,
            MinSize = minSize,
            MaxSize = maxSize,
            RoomType = occupation.RoomType,
            AllowedSlots = random.Chance(0.3) ? AllowedSlotsFor(random, occupation.RoomType) : null,
        };
    }

    private static IReadOnlyList<string> AllowedSlotsFor(SeededRandom random, string roomType)
    {
        if (RoomTypes.IsWorkshop(roomType))
        {
            return SlotSets.Daytime;
        }

        if (roomType == RoomTypes.Kitchen)
        {
            return SlotSets.WeekdayDaytime;
        }

        return random.Chance(0.5) ? SlotSets.EveningsAndSaturday : SlotSets.AfternoonsAndEvenings;
    }
}
