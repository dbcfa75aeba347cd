using OrderMatch.Domain.Calendar;
using OrderMatch.Domain.Model;
using OrderMatch.Solver.Cbc;

namespace OrderMatch.Solver.Planning;

/// <summary>
/// A proven lower bound that, unlike <see cref="LowerBound"/>, charges the institutions' shared concurrency (H16). It
/// is the optimum of a linear relaxation of every valid plan: trainees of an order are served by an institution
/// (x, at the cheapest per-trainee cost of its eligible sites, opening cost shared over its largest class) or left
/// unserved (u, priority × penalty). A class holds at most the largest room's share, so each trainee of an order
/// carries 1 ÷ size of the class's weeks. For a week interval a…b, every class serving an order has at least
/// <see cref="WeekSpan.MinimumInside"/> of its session weeks inside a…b, whatever its start (H7 and the session rule),
/// so Σ x × that minimum ÷ size cannot exceed maxConcurrentClasses × the open weeks of a…b less what pinned classes
/// take. Rows are written for every interval while the model stays small, else for the intervals formed by the
/// orders' windows, else for the whole horizon. The LP's optimum (less a tolerance for floating point) bounds every
/// plan; if CBC does not prove it optimal within its limit the bound is not used.
/// </summary>
internal static class CapacityBound
{
    /// <summary>Above this many non-zeros in the institutions' interval rows fewer intervals are written.</summary>
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
        IReadOnlyList<PlanClass> pinned, ClassCeilings ceilings, double seconds, CancellationToken cancellationToken)
    {
        if (servable.Count == 0 || seconds <= 0 || cancellationToken.IsCancellationRequested)
        {
            return null;
        }

        var policy = index.Scenario.Policy;
        var weeks = new WeekSpan(calendar);
        if (servable.Sum(d => d.Eligibility.Sites.Select(s => s.Institution.Id).Distinct(StringComparer.Ordinal).Count()) > MaxColumns)
        {
            return null;
        }

        var columns = new List<Column>();
        foreach (var item in servable)
        {
            var course = item.Eligibility.Course;
            var window = new Window(
                Math.Clamp(calendar.WeekOf(item.Eligibility.Order.EarliestStart), 1, weeks.Weeks),
                Math.Clamp(calendar.WeekOf(item.Eligibility.Order.Deadline), 1, weeks.Weeks),
                (int)Math.Ceiling(course.Sessions / (double)course.SessionsPerWeek));
            var sites = Enumerable.Range(0, item.Eligibility.Sites.Count)
                .Select(s => (Site: item.Eligibility.Sites[s], Ceiling: ceilings.At(item, s)))
                .Where(s => s.Ceiling.Size > 0);
            foreach (var atInstitution in sites.GroupBy(s => s.Site.Institution.Id, StringComparer.Ordinal))
            {
                var institution = atInstitution.First().Site.Institution;
                var cost = atInstitution.Min(s => PerTrainee(policy, course, item.Eligibility.Enterprise, s.Site, s.Ceiling));
                columns.Add(new Column(item, institution, cost, 1.0 / atInstitution.Max(s => s.Ceiling.Size), window));
            }
        }

        using var model = new MipModel("ordermatch_capacity_bound");
        var x = new int[columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            var column = columns[c];
            x[c] = model.AddColumn(MipNames.Clean($"serve_{column.Order.OrderId}_{column.Institution.Id}"), 0, column.Order.Trainees, column.Cost, integer: false);
        }

        AddDemand(model, servable, columns, x, policy);
        var byInstitution = Enumerable.Range(0, columns.Count).GroupBy(c => columns[c].Institution.Id, StringComparer.Ordinal)
            .Select(g => (Institution: columns[g.First()].Institution, Windows: g.GroupBy(c => columns[c].Window).ToList()))
            .ToList();
        var spans = ChooseIntervals(weeks, [.. byInstitution.Select(i => i.Windows.Select(w => w.Key).ToList())]);
        for (var i = 0; i < byInstitution.Count; i++)
        {
            var (institution, windows) = byInstitution[i];
            var load = windows.Select(window => ClassWeeks(model, institution, window.Key, [.. window.Select(c => (x[c], columns[c]))])).ToList();
            foreach (var (a, b) in spans[i])
            {
                var cols = new List<int>();
                var coefficients = new List<double>();
                for (var w = 0; w < windows.Count; w++)
                {
                    var inside = weeks.MinimumInside(windows[w].Key.From, windows[w].Key.To, windows[w].Key.Span, a, b);
                    if (inside > 0)
                    {
                        cols.Add(load[w]);
                        coefficients.Add(inside);
                    }
                }

                var open = Enumerable.Range(a, b - a + 1).Count(weeks.IsOpen);
                var capacity = (institution.MaxConcurrentClasses * open) - PinnedClassWeeks(pinned, institution.Id, calendar, a, b);
                if (cols.Count > 0)
                {
                    model.AddRow(MipNames.Clean($"institution_{institution.Id}_w{a}-{b}"), [.. cols], [.. coefficients], RowSense.LessOrEqual, Math.Max(0, capacity));
                }
            }
        }

        var result = model.Solve(new CbcOptions { TimeLimitSeconds = seconds }, progress: null, cancellationToken);
        if (result.Status != CbcStatus.Optimal || result.Objective is not { } value)
        {
            return null;
        }

        return value - (Tolerance * Math.Abs(value)) - 1e-6;
    }

    // The classes (in class shares: trainees ÷ the largest class) that an institution runs for orders of one window, as
    // a column of its own so that each interval's row names it once instead of every order.
    private static int ClassWeeks(MipModel model, Institution institution, Window window, List<(int X, Column Column)> served)
    {
        var upper = served.Sum(s => s.Column.Order.Trainees * s.Column.ClassShare);
        var load = model.AddColumn(MipNames.Clean($"classes_{institution.Id}_w{window.From}-{window.To}_s{window.Span}"), 0, upper, 0, integer: false);
        model.AddRow(MipNames.Clean($"load_{institution.Id}_w{window.From}-{window.To}_s{window.Span}"), [load, .. served.Select(s => s.X)],
            [1.0, .. served.Select(s => -s.Column.ClassShare)], RowSense.Equal, 0);
        return load;
    }

    // H10 relaxed: every trainee is served by some institution or unserved.
    private static void AddDemand(MipModel model, IReadOnlyList<DemandItem> servable,
        List<Column> columns, int[] x, Policy policy)
    {
        var byOrder = Enumerable.Range(0, columns.Count).ToLookup(c => columns[c].Order.OrderId, StringComparer.Ordinal);
        foreach (var item in servable)
        {
            var u = model.AddColumn(MipNames.Clean($"unserved_{item.OrderId}"), 0, item.Trainees, item.Priority * policy.UnservedTraineePenalty, integer: false);
            var cols = byOrder[item.OrderId].Select(c => x[c]).Append(u).ToArray();
            model.AddRow(MipNames.Clean($"demand_{item.OrderId}"), cols, [.. cols.Select(_ => 1.0)], RowSense.Equal, item.Trainees);
        }
    }

    /// <summary>
    /// Per trainee at a site: tuition, grade penalty, own travel, and the opening cost, room fees and the nearest
    /// trainer's travel shared by the largest class the site could hold for the order (<see cref="ClassCeilings"/>).
    /// </summary>
    public static double PerTrainee(Policy policy, Course course, Enterprise enterprise, SiteOption site, ClassCeilings.Ceiling ceiling)
    {
        var capacity = Math.Max(1, Math.Min(ceiling.Size, Math.Min(course.MaxSize, site.Room.Room.Capacity)));
        return ClassCosts.PerTrainee(policy, site, course.Sessions, enterprise)
               + (ClassCosts.Fixed(policy, site, course.Sessions, ceiling.TrainerKm) / capacity);
    }

    /// <summary>
    /// Per institution, the week intervals to write rows for: every interval of the horizon while the rows' non-zeros
    /// stay under <see cref="MaxIntervalNonZeros"/>, else those formed by the windows' start and end weeks, else the
    /// whole horizon.
    /// </summary>
    private static List<List<(int, int)>> ChooseIntervals(WeekSpan weeks, List<List<Window>> institutions)
    {
        var all = new List<(int, int)>();
        for (var a = 1; a <= weeks.Weeks; a++)
        {
            for (var b = a; b <= weeks.Weeks; b++)
            {
                all.Add((a, b));
            }
        }

        List<List<(int, int)>>[] choices =
        [
            [.. institutions.Select(_ => all)],
            [.. institutions.Select(WindowIntervals)],
        ];
        foreach (var choice in choices)
        {
            var nonZeros = 0L;
            for (var i = 0; i < institutions.Count && nonZeros <= MaxIntervalNonZeros; i++)
            {
                foreach (var (a, b) in choice[i])
                {
                    nonZeros += institutions[i].Count(w => weeks.MinimumInside(w.From, w.To, w.Span, a, b) > 0);
                }
            }

            if (nonZeros <= MaxIntervalNonZeros)
            {
                return choice;
            }
        }

        return [.. institutions.Select(_ => new List<(int, int)> { (1, weeks.Weeks) })];
    }

    /// <summary>Every interval [a, b] with a the start and b the end week of some window, a ≤ b.</summary>
    private static List<(int, int)> WindowIntervals(IEnumerable<Window> windows)
    {
        var list = windows.ToList();
        var starts = list.Select(w => w.From).Distinct().Order().ToList();
        var ends = list.Select(w => w.To).Distinct().Order().ToList();
        return [.. starts.SelectMany(a => ends.Where(b => b >= a).Select(b => (a, b)))];
    }

    private static int PinnedClassWeeks(IReadOnlyList<PlanClass> pinned, string institution, ScenarioCalendar calendar, int a, int b) =>
        pinned.Where(p => p.Institution == institution)
            .Sum(p => p.Sessions.Select(s => calendar.WeekOf(s.Date)).Where(w => w >= a && w <= b).Distinct().Count());

    /// <summary>An order's window in weeks, and how many session weeks a class of its course needs at least.</summary>
    private readonly record struct Window(int From, int To, int Span);

    /// <summary>Serving an order at an institution: cost per trainee and the share of a class a trainee takes.</summary>
    private sealed record Column(DemandItem Order, Institution Institution, double Cost, double ClassShare, Window Window);
}
