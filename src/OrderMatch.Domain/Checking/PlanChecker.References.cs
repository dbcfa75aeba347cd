namespace OrderMatch.Domain.Checking;

public static partial class PlanChecker
{
    // H1: every id the plan references exists in the scenario, and class ids are unique.
    private static void CheckH1ReferencesExist(CheckContext context)
    {
        const string rule = "H1";
        var index = context.Index;
        foreach (var repeated in context.Plan.Classes.GroupBy(c => c.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            context.Report(rule, $"class id {repeated.Key} is used by {CheckText.Count(repeated.Count())} classes", repeated.Key);
        }

        foreach (var planClass in context.Plan.Classes)
        {
            var id = planClass.Id;
            if (!index.Courses.ContainsKey(planClass.Course))
            {
                context.Report(rule, $"class {id} refers to unknown course {planClass.Course}", id, planClass.Course);
            }

            if (!index.Institutions.ContainsKey(planClass.Institution))
            {
                context.Report(rule, $"class {id} refers to unknown institution {planClass.Institution}", id, planClass.Institution);
            }

            if (!index.Trainers.ContainsKey(planClass.Trainer))
            {
                context.Report(rule, $"class {id} refers to unknown trainer {planClass.Trainer}", id, planClass.Trainer);
            }

            if (!index.Rooms.ContainsKey(planClass.Room))
            {
                context.Report(rule, $"class {id} refers to unknown room {planClass.Room}", id, planClass.Room);
            }

            foreach (var enrollment in planClass.Enrollments.Where(e => !index.Orders.ContainsKey(e.Order)))
            {
                context.Report(rule, $"class {id} enrolls trainees of unknown order {enrollment.Order}", id, enrollment.Order);
            }
        }

        foreach (var unassigned in context.Plan.Unassigned.Where(u => !index.Orders.ContainsKey(u.Order)))
        {
            context.Report(rule, $"unassigned lists unknown order {unassigned.Order}", unassigned.Order);
        }
    }
}
