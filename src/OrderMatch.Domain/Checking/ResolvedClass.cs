using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Checking;

/// <summary>A plan class whose course, institution, trainer and room all exist; enrollments of unknown orders are left out.</summary>
internal sealed record ResolvedClass(
    int Position, PlanClass Class, Course Course, Institution Institution, Trainer Trainer, RoomSite Site,
    IReadOnlyList<ResolvedEnrollment> Enrollments)
{
    public string Id => Class.Id;

    public static ResolvedClass? TryResolve(ScenarioIndex index, PlanClass planClass, int position)
    {
        if (!index.Courses.TryGetValue(planClass.Course, out var course)
            || !index.Institutions.TryGetValue(planClass.Institution, out var institution)
            || !index.Trainers.TryGetValue(planClass.Trainer, out var trainer)
            || !index.Rooms.TryGetValue(planClass.Room, out var site))
        {
            return null;
        }

        return new ResolvedClass(position, planClass, course, institution, trainer, site, ResolveEnrollments(index, planClass));
    }

    public static IReadOnlyList<ResolvedEnrollment> ResolveEnrollments(ScenarioIndex index, PlanClass planClass)
    {
        var resolved = new List<ResolvedEnrollment>(planClass.Enrollments.Count);
        foreach (var enrollment in planClass.Enrollments)
        {
            if (index.Orders.TryGetValue(enrollment.Order, out var order) && index.Enterprises.TryGetValue(order.Enterprise, out var enterprise))
            {
                resolved.Add(new ResolvedEnrollment(enrollment, order, enterprise));
            }
        }

        return resolved;
    }
}
