using OrderMatch.Domain.Model;

namespace OrderMatch.Solver.Planning;

/// <summary>For each order of a scenario, the trainees the classes of a plan leave out, in scenario order (orders fully served are skipped).</summary>
internal static class MissingTrainees
{
    public static IEnumerable<(TrainingOrder Order, int Missing)> Of(Scenario scenario, IEnumerable<PlanClass> classes)
    {
        var served = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var enrollment in classes.SelectMany(c => c.Enrollments))
        {
            served[enrollment.Order] = served.GetValueOrDefault(enrollment.Order) + enrollment.Trainees;
        }

        foreach (var order in scenario.Orders)
        {
            var missing = order.Trainees - served.GetValueOrDefault(order.Id);
            if (missing > 0)
            {
                yield return (order, missing);
            }
        }
    }
}
