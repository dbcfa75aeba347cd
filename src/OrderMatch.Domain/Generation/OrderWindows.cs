namespace OrderMatch.Domain.Generation;

/// <summary>Order windows inside the horizon: mostly long enough for the course with slack, or deliberately too short.</summary>
internal static class OrderWindows
{
    /// <summary>
    /// Weeks a course needs plus two: one for the Spring Festival week, one for a holiday or a start mid-week.
    /// A window of that many whole weeks holds every weekday that often, so any weekly pattern fits.
    /// </summary>
    public static (DateOnly Start, DateOnly End) Feasible(GenerationContext context, int sessions, int perWeek)
    {
        var random = context.Random;
        var weeks = context.Horizon.Weeks;
        var need = ((sessions + perWeek - 1) / perWeek) + 2;
        var length = Math.Min(weeks, need + random.Between(0, 4));
        var offset = Math.Min(random.Between(0, weeks - need), random.Between(0, weeks - need));
        var start = context.Horizon.StartDate.AddDays((7 * offset) + (random.Chance(0.2) ? random.Between(1, 2) : 0));
        var end = start.AddDays((7 * length) - 1);
        if (end > context.LastDate)
        {
            end = context.LastDate;
        }

        if (end.DayNumber - start.DayNumber + 1 < 7 * need)
        {
            start = end.AddDays(1 - (7 * need));
        }

        return (start, end.DayOfWeek == DayOfWeek.Sunday ? end.AddDays(-1) : end);
    }

    /// <summary>
    /// A window of k whole weeks with k × perWeek &lt; sessions: each weekday occurs k times in it, so no weekly
    /// pattern of perWeek days reaches the course's sessions (WINDOW).
    /// </summary>
    public static (DateOnly Start, DateOnly End) TooShort(GenerationContext context, int sessions, int perWeek)
    {
        var random = context.Random;
        var k = Math.Max(1, ((sessions + perWeek - 1) / perWeek) - 1);
        var offset = random.Between(0, context.Horizon.Weeks - k - 1);
        var start = context.Horizon.StartDate.AddDays((7 * offset) + random.Between(0, 4));
        return (start, start.AddDays((7 * k) - 1));
    }
}
