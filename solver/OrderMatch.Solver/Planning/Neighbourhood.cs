namespace OrderMatch.Solver.Planning;

/// <summary>
/// A part of the plan the search frees and re-solves on what the rest leaves: whole courses (every class of
/// <see cref="Courses"/> and all their orders), or, when <see cref="Institution"/> is set, every class at that
/// institution whatever its course, with the orders in those classes and the unserved orders that may attend it.
/// </summary>
internal sealed record Neighbourhood(IReadOnlyList<CourseSpace> Courses, string? Institution = null)
{
    /// <summary>Names the neighbourhood, so the search knows which it has tried since its last improvement.</summary>
    public string Key => Institution is { } id
        ? $"@{id}"
        : string.Join('+', Courses.Select(s => s.Course.Id).Order(StringComparer.Ordinal));
}
