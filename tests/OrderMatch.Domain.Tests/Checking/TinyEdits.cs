using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Tests.Checking;

/// <summary>One-field edits of scenarios and plans, for minimal mutations.</summary>
internal static class TinyEdits
{
    public static Plan WithClass(this Plan plan, string id, Func<PlanClass, PlanClass> change) =>
        plan with { Classes = [.. plan.Classes.Select(c => c.Id == id ? change(c) : c)] };

    public static Plan WithUnassigned(this Plan plan, string order, int trainees) =>
        plan with
        {
            Unassigned = plan.Unassigned.Any(u => u.Order == order)
                ? [.. plan.Unassigned.Select(u => u.Order == order ? u with { Trainees = trainees } : u)]
                : [.. plan.Unassigned, new Unassigned { Order = order, Trainees = trainees }],
        };

    public static Scenario WithInstitution(this Scenario scenario, string id, Func<Institution, Institution> change) =>
        scenario with { Institutions = [.. scenario.Institutions.Select(i => i.Id == id ? change(i) : i)] };

    public static Scenario WithOrder(this Scenario scenario, string id, Func<TrainingOrder, TrainingOrder> change) =>
        scenario with { Orders = [.. scenario.Orders.Select(o => o.Id == id ? change(o) : o)] };

    public static Scenario WithCourse(this Scenario scenario, string id, Func<Course, Course> change) =>
        scenario with { Courses = [.. scenario.Courses.Select(c => c.Id == id ? change(c) : c)] };
}
