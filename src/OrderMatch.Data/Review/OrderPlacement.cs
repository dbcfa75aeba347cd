namespace OrderMatch.Data.Review;

/// <summary>An approved order's classes in the plan in force (no other enterprise's enrollments are shown).</summary>
public sealed record OrderPlacement(string Order, long PlanId, IReadOnlyList<Placement> Classes)
{
    public static OrderPlacement Of(ReviewedPlan plan, string order)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var places = plan.Places;
        return new OrderPlacement(order, plan.Id, [.. plan.Stored.Plan.Classes
            .Where(k => k.Enrollments.Any(e => e.Order == order))
            .Select(k => new Placement
            {
                ClassId = k.Id,
                Course = k.Course,
                CourseName = places.CourseNames.GetValueOrDefault(k.Course),
                Institution = k.Institution,
                InstitutionName = places.Institutions.TryGetValue(k.Institution, out var i) ? i.Name : null,
                Trainer = k.Trainer,
                TrainerName = places.TrainerNames.GetValueOrDefault(k.Trainer),
                Room = k.Room,
                StartWeek = k.StartWeek,
                Pattern = k.Pattern,
                Sessions = k.Sessions,
                Trainees = k.Enrollments.Where(e => e.Order == order).Sum(e => e.Trainees),
            })]);
    }
}
