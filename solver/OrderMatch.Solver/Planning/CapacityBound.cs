using OrderMatch.Domain.Calendar;
using OrderMatch.Domain.Geography;
using OrderMatch.Domain.Model;
using OrderMatch.Solver.Cbc;

namespace OrderMatch.Solver.Planning;

/// <summary>
/// A proven lower bound that, unlike <see cref="LowerBound"/>, charges the institutions' shared concurrency (H16). It
/// is the optimum of a linear relaxation of every valid plan: trainees of an order are served by an institution
/// (x, at the cheapest per-trainee cost of its eligible sites, opening cost shared over its largest class) or left
/// unserved (u, priority × penalty). A class of course c lasts at least ⌈sessions ÷ sessionsPerWeek⌉ weeks (a pattern
/// has sessionsPerWeek slots) inside the windows of its orders (H7) and holds at most the largest room's share, so
/// the orders whose windows lie inside weeks a…b need, at an institution, at least Σ x × weeks ÷ size class-weeks
/// inside a…b, which cannot exceed maxConcurrentClasses × the open weeks of a…b less what pinned classes take.
/// Rows are written for every such interval formed by the orders' windows while the model stays small, else for the
/// whole horizon. The LP's optimum (less a tolerance for floating point) bounds every plan; if CBC does not prove it
/// optimal within its limit the bound is not used.
/// </summary>
internal static class CapacityBound
{
    /// <summary>Above this many non-zeros only the whole-horizon rows are written.</summary>
    private const long MaxIntervalNonZeros = 2_000_000;

    /// <summary>
    /// Above this many columns the relaxation is not built at all (building it would eat the search's time; its solve
    /// stops at its own limit). A province of 20,000 orders has about 700,000 and builds and solves in about 11 s.
    /// </summary>
    private const int MaxColumns = 1_000_000;

    /// <summary>Relative safety margin subtracted from the LP optimum for floating-point tolerances.</summary>
    private const double Tolerance = 1e-7;

    /// <summary>
    /// The bound on what the orders in <paramref name="servable"/> cost together (served or not), or null when the
    /// relaxation is too large or not solved to optimality within <paramref name="seconds"/>.
    /// </summary>
    public static double? Of(ScenarioIndex index, ScenarioCalendar calendar, IReadOnlyList<DemandItem> servable,
        IReadOnlyList<PlanClass> pinned, double seconds, CancellationToken cancellationToken)
    {
        if (servable.Count == 0 || seconds <= 0 || cancellationToken.IsCancellationRequested)
        {
            return null;
        }

        var policy = index.Scenario.Policy;
        var weeks = calendar.Horizon.Weeks;
        var open = OpenWeeks(calendar);
        if (servable.Sum(d => d.Eligibility.Sites.Select(s => s.Institution.Id).Distinct(StringComparer.Ordinal).Count()) > MaxColumns)
        {
            return null;
        }

        var rooms = new CourseRooms(index);
        var columns = new List<(DemandItem Order, Institution Institution, double Cost, double ClassWeeksPerTrainee, int From, int To)>();
        foreach (var item in servable)
        {
            var course = item.Eligibility.Course;
            var from = Math.Clamp(calendar.WeekOf(item.Eligibility.Order.EarliestStart), 1, weeks);
            var to = Math.Clamp(calendar.WeekOf(item.Eligibility.Order.Deadline), 1, weeks);
            var span = Math.Ceiling(course.Sessions / (double)course.SessionsPerWeek);
            foreach (var atInstitution in item.Eligibility.Sites.GroupBy(s => s.Institution.Id, StringComparer.Ordinal))
            {
                var institution = atInstitution.First().Institution;
                var cost = atInstitution.Min(s => PerTrainee(policy, course, item.Eligibility.Enterprise, s));
                var largest = rooms.Largest(institution, course);
                columns.Add((item, institution, cost, span / Math.Max(1, largest), from, to));
            }
        }

        using var model = new MipModel("ordermatch_capacity_bound");
        var x = new int[columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            var (order, institution, cost, _, _, _) = columns[c];
            x[c] = model.AddColumn(MipNames.Clean($"serve_{order.OrderId}_{institution.Id}"), 0, order.Trainees, cost, integer: false);
        }

        AddDemand(model, servable, columns, x, policy);
        var byInstitution = Enumerable.Range(0, columns.Count).GroupBy(c => columns[c].Institution.Id, StringComparer.Ordinal).ToList();
        var intervals = byInstitution.Sum(g => (long)g.Count() * Intervals(g.Select(c => (columns[c].From, columns[c].To))).Count);
        var perInterval = intervals <= MaxIntervalNonZeros;
        foreach (var group in byInstitution)
        {
            var institution = columns[group.First()].Institution;
            var spans = perInterval ? Intervals(group.Select(c => (columns[c].From, columns[c].To))) : [(1, weeks)];
            foreach (var (a, b) in spans)
            {
                var inside = group.Where(c => columns[c].From >= a && columns[c].To <= b).ToList();
                var capacity = (institution.MaxConcurrentClasses * open.Count(w => w >= a && w <= b)) - PinnedClassWeeks(pinned, institution.Id, calendar, a, b);
                model.AddRow(MipNames.Clean($"institution_{institution.Id}_w{a}-{b}"), [.. inside.Select(c => x[c])],
                    [.. inside.Select(c => columns[c].ClassWeeksPerTrainee)], RowSense.LessOrEqual, Math.Max(0, capacity));
            }
        }

        var result = model.Solve(new CbcOptions { TimeLimitSeconds = seconds }, progress: null, cancellationToken);
        if (result.Status != CbcStatus.Optimal || result.Objective is not { } value)
        {
            return null;
        }

        return value - (Tolerance * Math.Abs(value)) - 1e-6;
    }

    // H10 relaxed: every trainee is served by some institution or unserved.
    private static void AddDemand(MipModel model, IReadOnlyList<DemandItem> servable,
        List<(DemandItem Order, Institution Institution, double Cost, double ClassWeeksPerTrainee, int From, int To)> columns, int[] x, Policy policy)
    {
        var byOrder = Enumerable.Range(0, columns.Count).ToLookup(c => columns[c].Order.OrderId, StringComparer.Ordinal);
        foreach (var item in servable)
        {
            var u = model.AddColumn(MipNames.Clean($"unserved_{item.OrderId}"), 0, item.Trainees, item.Priority * policy.UnservedTraineePenalty, integer: false);
            var cols = byOrder[item.OrderId].Select(c => x[c]).Append(u).ToArray();
            model.AddRow(MipNames.Clean($"demand_{item.OrderId}"), cols, [.. cols.Select(_ => 1.0)], RowSense.Equal, item.Trainees);
        }
    }

    /// <summary>Per trainee at a site: tuition, grade penalty, own travel, and the opening cost shared by the largest class.</summary>
    public static double PerTrainee(Policy policy, Course course, Enterprise enterprise, SiteOption site)
    {
        var capacity = Math.Max(1, Math.Min(course.MaxSize, site.Room.Room.Capacity));
        return site.Price + policy.GradePenaltyPerTrainee.For(site.Institution.Grade)
               + (course.Sessions * 2 * Geo.DistanceKm(enterprise.Location, site.Room.Location) * policy.TraineeTravelCostPerKm)
               + (policy.ClassOpeningCost / capacity);
    }

    /// <summary>Every interval [a, b] with a the start and b the end week of some window, a ≤ b.</summary>
    private static List<(int, int)> Intervals(IEnumerable<(int From, int To)> windows)
    {
        var list = windows.ToList();
        var starts = list.Select(w => w.From).Distinct().Order().ToList();
        var ends = list.Select(w => w.To).Distinct().Order().ToList();
        return [.. starts.SelectMany(a => ends.Where(b => b >= a).Select(b => (a, b)))];
    }

    /// <summary>Weeks with at least one date on which training may happen.</summary>
    private static List<int> OpenWeeks(ScenarioCalendar calendar)
    {
        var result = new List<int>();
        for (var w = 1; w <= calendar.Horizon.Weeks; w++)
        {
            if (calendar.Horizon.Days.Any(d => !calendar.IsClosed(calendar.DateOf(w, d))))
            {
                result.Add(w);
            }
        }

        return result;
    }

    private static int PinnedClassWeeks(IReadOnlyList<PlanClass> pinned, string institution, ScenarioCalendar calendar, int a, int b) =>
        pinned.Where(p => p.Institution == institution)
            .Sum(p => p.Sessions.Select(s => calendar.WeekOf(s.Date)).Where(w => w >= a && w <= b).Distinct().Count());
}
