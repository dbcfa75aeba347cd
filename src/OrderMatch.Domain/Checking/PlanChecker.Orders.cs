namespace OrderMatch.Domain.Checking;

public static partial class PlanChecker
{
    // H10: per order, the trainees enrolled in classes plus those listed as unassigned equal the order's trainees
    // (trainees of an order can only be enrolled in a class of the order's course).
    private static void CheckH10OrderBalance(CheckContext context)
    {
        foreach (var planClass in context.Plan.Classes)
        {
            foreach (var enrollment in planClass.Enrollments)
            {
                if (context.Index.Orders.TryGetValue(enrollment.Order, out var ordered) && ordered.Course != planClass.Course)
                {
                    context.Report("H10", $"class {planClass.Id} teaches {planClass.Course} but enrolls trainees of order {ordered.Id}, "
                        + $"which orders {ordered.Course}", planClass.Id, ordered.Id);
                }
            }
        }

        var enrolled = context.Plan.Classes.SelectMany(c => c.Enrollments)
            .GroupBy(e => e.Order, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(e => e.Trainees), StringComparer.Ordinal);
        var unassigned = context.Plan.Unassigned
            .GroupBy(u => u.Order, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(u => u.Trainees), StringComparer.Ordinal);
        foreach (var entry in context.Plan.Unassigned.Where(u => u.Trainees < 0))
        {
            context.Report("H10", $"unassigned lists {entry.Trainees} trainees of order {entry.Order}", entry.Order);
        }

        foreach (var order in context.Scenario.Orders)
        {
            var inClasses = enrolled.GetValueOrDefault(order.Id);
            var left = unassigned.GetValueOrDefault(order.Id);
            if (inClasses + left != order.Trainees)
            {
                context.Report("H10", $"order {order.Id} has {order.Trainees} trainees but the plan enrolls {inClasses} and lists {left} "
                    + "as unassigned", order.Id);
            }
        }
    }

    // H11: an unsplittable order is wholly in one class or wholly unassigned; otherwise every enrollment is ≥ minChunk.
    private static void CheckH11Splitting(CheckContext context)
    {
        var enrollments = context.Plan.Classes
            .SelectMany(c => c.Enrollments.Select(e => (Class: c.Id, Enrollment: e)))
            .Where(x => context.Index.Orders.ContainsKey(x.Enrollment.Order))
            .GroupBy(x => x.Enrollment.Order, StringComparer.Ordinal);
        foreach (var group in enrollments)
        {
            var order = context.Index.Orders[group.Key];
            foreach (var (classId, enrollment) in group.Where(x => x.Enrollment.Trainees <= 0))
            {
                context.Report("H11", $"class {classId} enrolls {enrollment.Trainees} trainees of order {order.Id}", classId, order.Id);
            }

            var parts = group.ToList();
            if (!order.Splittable)
            {
                if (parts.Count > 1 || parts[0].Enrollment.Trainees != order.Trainees)
                {
                    var where = string.Join(", ", parts.Select(p => $"{p.Enrollment.Trainees} in {p.Class}"));
                    context.Report("H11", $"order {order.Id} may not be split but has {where} of its {order.Trainees} trainees",
                        [order.Id, .. parts.Select(p => p.Class)]);
                }

                continue;
            }

            foreach (var (classId, enrollment) in parts.Where(p => p.Enrollment.Trainees > 0 && p.Enrollment.Trainees < order.MinChunk))
            {
                context.Report("H11", $"class {classId} enrolls {enrollment.Trainees} trainees of order {order.Id}, below its minChunk {order.MinChunk}",
                    classId, order.Id);
            }
        }
    }
}
