using OrderMatch.Domain.Calendar;
using OrderMatch.Domain.Geography;
using OrderMatch.Domain.Model;

namespace OrderMatch.Solver.Planning;

/// <summary>
/// The decision space of one course: its patterns, the sessions of each pattern × start week, which orders each
/// pattern × week suits (H6 slots, H7 window, and the start week and pattern its decision pins keep), and per site
/// the trainers that may teach there (H3, H12).
/// </summary>
internal sealed class CourseSpace
{
    public CourseSpace(Course course, IReadOnlyList<DemandItem> orders, ScenarioCalendar calendar, ScenarioIndex index)
        : this(course, orders, calendar, index, PinnedDecisions.None)
    {
    }

    public CourseSpace(Course course, IReadOnlyList<DemandItem> orders, ScenarioCalendar calendar, ScenarioIndex index, PinnedDecisions pins)
    {
        Pins = pins;
        Course = course;
        Orders = orders;
        Patterns = PatternCatalog.For(course, calendar);
        var weeks = calendar.Horizon.Weeks;
        Sessions = new IReadOnlyList<Session>?[Patterns.Count, weeks + 1];
        for (var p = 0; p < Patterns.Count; p++)
        {
            for (var w = 1; w <= weeks; w++)
            {
                Sessions[p, w] = calendar.Sessions(w, Patterns[p], course.Sessions);
            }
        }

        Fits = new bool[orders.Count][,];
        for (var o = 0; o < orders.Count; o++)
        {
            var order = orders[o].Eligibility.Order;
            var fits = new bool[Patterns.Count, weeks + 1];
            for (var p = 0; p < Patterns.Count; p++)
            {
                if (!PatternCatalog.Allows(order, Patterns[p]))
                {
                    continue;
                }

                for (var w = 1; w <= weeks; w++)
                {
                    var s = Sessions[p, w];
                    fits[p, w] = s is not null && s[0].Date >= order.EarliestStart && s[^1].Date <= order.Deadline
                                 && pins.AdmitsTime(order.Id, w, Patterns[p]);
                }
            }

            Fits[o] = fits;
        }

        var sites = new Dictionary<string, SiteOption>(StringComparer.Ordinal);
        var siteOrders = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var o = 0; o < orders.Count; o++)
        {
            foreach (var site in orders[o].Eligibility.Sites)
            {
                sites.TryAdd(site.Key, site);
                if (!siteOrders.TryGetValue(site.Key, out var list))
                {
                    siteOrders[site.Key] = list = [];
                }

                list.Add(o);
            }
        }

        Sites = [.. sites.Values.OrderBy(s => s.Key, StringComparer.Ordinal)];
        SiteOrders = Sites.Select(s => (IReadOnlyList<int>)siteOrders[s.Key]).ToList();
        SiteTrainers = Sites.Select(s => TrainersFor(index, course, s)).ToList();
    }

    public Course Course { get; }
    public PinnedDecisions Pins { get; }
    public IReadOnlyList<DemandItem> Orders { get; }
    public List<Slot[]> Patterns { get; }
    public IReadOnlyList<Session>?[,] Sessions { get; }

    /// <summary>Fits[order][pattern, week]: the order may join a class with that pattern and start week.</summary>
    public bool[][,] Fits { get; }
    public IReadOnlyList<SiteOption> Sites { get; }
    public IReadOnlyList<IReadOnlyList<int>> SiteOrders { get; }
    public IReadOnlyList<IReadOnlyList<Trainer>> SiteTrainers { get; }

    public long ExhaustiveSize(int weeks) =>
        SiteTrainers.Sum(t => (long)t.Count) * Patterns.Count * weeks;

    private static List<Trainer> TrainersFor(ScenarioIndex index, Course course, SiteOption site) =>
        [.. index.Scenario.Trainers
            .Where(t => t.IsQualifiedFor(course) && t.MayTeachFor(site.Institution.Id)
                        && t.MaxSessionsPerWeek >= course.SessionsPerWeek
                        && Geo.DistanceKm(t.Location, site.Room.Location) <= t.MaxTravelKm)
            .OrderBy(t => Geo.DistanceKm(t.Location, site.Room.Location))
            .ThenBy(t => t.Id, StringComparer.Ordinal)];
}
