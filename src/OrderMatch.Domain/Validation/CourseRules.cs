using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Validation;

/// <summary>A course has a level of 1–5, positive counts, minSize ≤ maxSize, and allowed slots that admit a weekly pattern.</summary>
internal static class CourseRules
{
    public static void Check(ValidationContext context)
    {
        var courses = context.Scenario.Courses;
        for (var i = 0; i < courses.Count; i++)
        {
            var path = context.Item(SourceMap.Courses, i);
            Numbers(context, courses[i], path);
            Slots(context, courses[i], path);
        }
    }

    private static void Numbers(ValidationContext context, Course course, string path)
    {
        context.InRange(course.Level, 1, 5, $"{path}.level", "level");
        context.AtLeastOne(course.Sessions, $"{path}.sessions", "sessions");
        context.AtLeastOne(course.SessionsPerWeek, $"{path}.sessionsPerWeek", "sessionsPerWeek");
        context.AtLeastOne(course.MinSize, $"{path}.minSize", "minSize");
        context.AtLeastOne(course.MaxSize, $"{path}.maxSize", "maxSize");
        if (course.MinSize > course.MaxSize)
        {
            context.Add($"{path}.minSize", ValidationRules.MinMax, $"minSize {course.MinSize} is greater than maxSize {course.MaxSize}");
        }
    }

    /// <summary>A pattern has sessionsPerWeek slots on distinct days, all valid and allowed by the course.</summary>
    private static void Slots(ValidationContext context, Course course, string path)
    {
        if (context.Horizon is not { } horizon)
        {
            return;
        }

        SlotRules.ValidEntries(context, course.AllowedSlots, $"{path}.allowedSlots");
        if (horizon.DayCount > 0 && course.SessionsPerWeek > horizon.DayCount)
        {
            context.Add($"{path}.sessionsPerWeek", ValidationRules.Range,
                $"sessionsPerWeek {course.SessionsPerWeek} exceeds the {horizon.DayCount} training days of the horizon; a pattern uses distinct days");
            return;
        }

        var allowed = horizon.Allowed(course.AllowedSlots);
        if (course.AllowedSlots is not null && !SlotRules.FitsPattern(allowed, course.SessionsPerWeek))
        {
            context.Add($"{path}.allowedSlots", ValidationRules.Slots,
                $"allowedSlots offer valid slots on {HorizonFacts.DescribeDays(allowed)} but sessionsPerWeek is {course.SessionsPerWeek}; no weekly pattern fits");
        }
    }
}
