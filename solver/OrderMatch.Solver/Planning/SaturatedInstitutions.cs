using OrderMatch.Domain.Calendar;

namespace OrderMatch.Solver.Planning;

/// <summary>
/// Institutions whose weekly class limit (H16) binds while demand that may attend them is unserved: an unserved order
/// counts for an institution it may attend if the institution is full in a week of the order's window. Ranked by that
/// unserved priority-weighted demand (largest first), then by id, so the search tries them in a fixed order.
/// </summary>
internal static class SaturatedInstitutions
{
    public static List<string> Ranked(IReadOnlyList<CourseSpace> spaces, IReadOnlyList<ChosenClass> current,
        ResourceLedger booked, ScenarioCalendar calendar)
    {
        var served = new Dictionary<string, int>(StringComparer.Ordinal);
        var hosting = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chosen in current)
        {
            hosting.Add(chosen.Class.Site.Institution.Id);
            foreach (var (order, trainees) in chosen.Enrollments)
            {
                served[order] = served.GetValueOrDefault(order) + trainees;
            }
        }

        var weeks = calendar.Horizon.Weeks;
        var score = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var item in spaces.SelectMany(s => s.Orders))
        {
            var missing = item.Trainees - served.GetValueOrDefault(item.OrderId);
            if (missing <= 0)
            {
                continue;
            }

            var order = item.Eligibility.Order;
            var first = Math.Max(1, calendar.WeekOf(order.EarliestStart));
            var last = Math.Min(weeks, calendar.WeekOf(order.Deadline));
            foreach (var institution in item.Eligibility.Sites.Select(s => s.Institution).DistinctBy(i => i.Id))
            {
                // Only classes the search placed can be freed; an institution full of pinned classes stays as it is.
                if (!hosting.Contains(institution.Id))
                {
                    continue;
                }

                for (var w = first; w <= last; w++)
                {
                    if (booked.InstitutionClasses(institution.Id, w) >= institution.MaxConcurrentClasses)
                    {
                        score[institution.Id] = score.GetValueOrDefault(institution.Id) + ((double)missing * item.Priority);
                        break;
                    }
                }
            }
        }

        return [.. score.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).Select(s => s.Key)];
    }
}
