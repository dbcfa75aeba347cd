using OrderMatch.Domain.Model;

namespace OrderMatch.Domain.Checking;

public static partial class PlanChecker
{
    // H16: in any week, at most maxConcurrentClasses classes of an institution have a session.
    private static void CheckH16ConcurrentClasses(CheckContext context)
    {
        foreach (var group in context.Classes.GroupBy(c => c.Institution.Id, StringComparer.Ordinal))
        {
            var institution = group.First().Institution;
            var weeks = group
                .SelectMany(c => c.Class.Sessions.Select(s => context.Calendar.WeekOf(s.Date)).Distinct().Select(w => (Week: w, Class: c)))
                .GroupBy(x => x.Week)
                .Where(w => w.Count() > institution.MaxConcurrentClasses)
                .OrderBy(w => w.Key);
            foreach (var week in weeks)
            {
                var classes = week.Select(x => x.Class.Id).ToList();
                context.Report("H16", $"institution {institution.Id} runs {classes.Count} classes in week {week.Key} "
                    + $"(max {institution.MaxConcurrentClasses}): {CheckText.List(classes)}", [institution.Id, .. classes]);
            }
        }
    }

    // H17: every pinned class appears unchanged: same id, course, institution, trainer, room, startWeek, pattern and enrollments.
    private static void CheckH17PinnedUnchanged(CheckContext context)
    {
        foreach (var pinned in context.Scenario.Pinned)
        {
            var found = context.Plan.Classes.FirstOrDefault(c => c.Id == pinned.Id);
            if (found is null)
            {
                context.Report("H17", $"pinned class {pinned.Id} is missing from the plan", pinned.Id);
                continue;
            }

            var changed = PinnedDifferences(pinned, found);
            if (changed.Count > 0)
            {
                context.Report("H17", $"pinned class {pinned.Id} was changed: {string.Join("; ", changed)}", pinned.Id);
            }
        }
    }

    private static List<string> PinnedDifferences(PlanClass pinned, PlanClass found)
    {
        var changed = new List<string>();
        void Field(string name, string expected, string actual)
        {
            if (!string.Equals(expected, actual, StringComparison.Ordinal))
            {
                changed.Add($"{name} {actual} instead of {expected}");
            }
        }

        Field("course", pinned.Course, found.Course);
        Field("institution", pinned.Institution, found.Institution);
        Field("trainer", pinned.Trainer, found.Trainer);
        Field("room", pinned.Room, found.Room);
        Field("startWeek", pinned.StartWeek.ToString(System.Globalization.CultureInfo.InvariantCulture),
            found.StartWeek.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Field("pattern", string.Join(",", pinned.Pattern), string.Join(",", found.Pattern));
        Field("enrollments", EnrollmentKey(pinned), EnrollmentKey(found));
        return changed;
    }

    /// <summary>Enrollments as a multiset of (order, trainees), written in a canonical order.</summary>
    private static string EnrollmentKey(PlanClass planClass) =>
        string.Join(", ", planClass.Enrollments
            .OrderBy(e => e.Order, StringComparer.Ordinal).ThenBy(e => e.Trainees)
            .Select(e => $"{e.Order}×{e.Trainees}"));
}
