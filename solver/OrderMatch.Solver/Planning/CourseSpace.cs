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
        _calendar = calendar;
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

        _perWeek = new IReadOnlyDictionary<int, int>?[Patterns.Count, weeks + 1];
        Fits = [.. orders.Select(FitsOf)];
        _qualified = [.. index.Scenario.Trainers.Where(t => t.IsQualifiedFor(course) && t.MaxSessionsPerWeek >= course.SessionsPerWeek)];
        _nearRoom = new Dictionary<string, List<Trainer>>(StringComparer.Ordinal);
        (Sites, SiteOrders, SiteTrainers) = Layout(orders, _qualified, _nearRoom);
    }

    /// <summary>
    /// The same course over <paramref name="orders"/>, some of <paramref name="whole"/>'s orders (their trainees may
    /// differ): the patterns, sessions, fits and who can reach each room are <paramref name="whole"/>'s, not worked out again.
    /// </summary>
    private CourseSpace(CourseSpace whole, IReadOnlyList<DemandItem> orders)
    {
        Pins = whole.Pins;
        _calendar = whole._calendar;
        Course = whole.Course;
        Orders = orders;
        Patterns = whole.Patterns;
        Sessions = whole.Sessions;
        _perWeek = whole._perWeek;
        var positions = whole._positions ??= whole.Orders.Select((o, i) => (o.OrderId, i)).ToDictionary(x => x.OrderId, x => x.i, StringComparer.Ordinal);
        Fits = [.. orders.Select(o => positions.TryGetValue(o.OrderId, out var i) ? whole.Fits[i] : FitsOf(o))];
        _qualified = whole._qualified;
        _nearRoom = whole._nearRoom;
        (Sites, SiteOrders, SiteTrainers) = Layout(orders, _qualified, _nearRoom);
    }

    /// <summary>
    /// This course over <paramref name="orders"/>, some of this space's orders (their trainees may differ, e.g. what a
    /// plan leaves of them), sharing what does not depend on the orders.
    /// </summary>
    public CourseSpace With(IReadOnlyList<DemandItem> orders) => new(this, orders);

    /// <summary>Whether the order may join a class with each pattern and start week.</summary>
    private bool[,] FitsOf(DemandItem item)
    {
        var order = item.Eligibility.Order;
        var weeks = Sessions.GetLength(1) - 1;
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
                             && Pins.AdmitsTime(order.Id, w, Patterns[p]);
            }
        }

        return fits;
    }

    /// <summary>The sites the orders may use, ordered by key, with the orders and the trainers of each.</summary>
    private static (IReadOnlyList<SiteOption> Sites, IReadOnlyList<IReadOnlyList<int>> SiteOrders, IReadOnlyList<IReadOnlyList<Trainer>> SiteTrainers)
        Layout(IReadOnlyList<DemandItem> orders, List<Trainer> qualified, Dictionary<string, List<Trainer>> nearRoom)
    {
        var sites = new Dictionary<(string Institution, string Room), SiteOption>();
        var siteOrders = new Dictionary<(string Institution, string Room), List<int>>();
        for (var o = 0; o < orders.Count; o++)
        {
            foreach (var site in orders[o].Eligibility.Sites)
            {
                var key = (site.Institution.Id, site.Room.Room.Id);
                if (!siteOrders.TryGetValue(key, out var list))
                {
                    sites[key] = site;
                    siteOrders[key] = list = [];
                }

                list.Add(o);
            }
        }

        var keys = sites.Keys.OrderBy(k => sites[k].Key, StringComparer.Ordinal).ToList();
        List<SiteOption> ordered = [.. keys.Select(k => sites[k])];
        lock (nearRoom)
        {
            return (ordered, [.. keys.Select(k => (IReadOnlyList<int>)siteOrders[k])],
                [.. ordered.Select(s => (IReadOnlyList<Trainer>)TrainersFor(qualified, nearRoom, s))]);
        }
    }

    private readonly ScenarioCalendar _calendar;

    /// <summary>
    /// What <see cref="SessionsPerWeek"/> has worked out so far, shared with the spaces made <see cref="With"/> this one.
    /// Neighbourhoods re-solved side by side may fill it at once: each entry is the same whoever works it out, so a race
    /// only does the work twice.
    /// </summary>
    private readonly IReadOnlyDictionary<int, int>?[,] _perWeek;

    /// <summary>The course's qualified trainers, and those of them who can reach each room (nearest first), shared likewise.</summary>
    private readonly List<Trainer> _qualified;

    /// <inheritdoc cref="_qualified"/>
    private readonly Dictionary<string, List<Trainer>> _nearRoom;

    /// <summary>Each order's position in <see cref="Orders"/>, once a space is made <see cref="With"/> this one.</summary>
    private Dictionary<string, int>? _positions;

    /// <summary>The institutions, rooms and trainers of the course's sites, once <see cref="SharedResources"/> needs them.</summary>
    private (HashSet<string> Institutions, HashSet<string> Rooms, HashSet<string> Trainers)? _resources;

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

    /// <summary>
    /// The sessions per week of pattern <paramref name="p"/> from start week <paramref name="w"/> (which must have
    /// sessions), worked out once and shared by every class there.
    /// </summary>
    public IReadOnlyDictionary<int, int> SessionsPerWeek(int p, int w)
    {
        if (_perWeek[p, w] is { } known)
        {
            return known;
        }

        var perWeek = new Dictionary<int, int>();
        foreach (var session in Sessions[p, w]!)
        {
            var week = _calendar.WeekOf(session.Date);
            perWeek[week] = perWeek.GetValueOrDefault(week) + 1;
        }

        return _perWeek[p, w] = perWeek;
    }

    /// <summary>Pools[pattern, week]: the trainees of all the course's orders that the pattern × week suits.</summary>
    public int[,] Pools()
    {
        var weeks = Sessions.GetLength(1) - 1;
        var pool = new int[Patterns.Count, weeks + 1];
        for (var o = 0; o < Orders.Count; o++)
        {
            for (var p = 0; p < Patterns.Count; p++)
            {
                for (var w = 1; w <= weeks; w++)
                {
                    pool[p, w] += Fits[o][p, w] ? Orders[o].Trainees : 0;
                }
            }
        }

        return pool;
    }

    /// <summary>
    /// How many of the class's institution, room and trainer the course could use at one of its sites (0 to 3): a class
    /// with none of them never takes anything from the course's candidates.
    /// </summary>
    public int SharedResources(CandidateClass k)
    {
        _resources ??= (new HashSet<string>(Sites.Select(s => s.Institution.Id), StringComparer.Ordinal),
            new HashSet<string>(Sites.Select(s => s.Room.Room.Id), StringComparer.Ordinal),
            new HashSet<string>(SiteTrainers.SelectMany(t => t).Select(t => t.Id), StringComparer.Ordinal));
        var (institutions, rooms, trainers) = _resources.Value;
        return (institutions.Contains(k.Site.Institution.Id) ? 1 : 0) + (rooms.Contains(k.Site.Room.Room.Id) ? 1 : 0)
               + (trainers.Contains(k.Trainer.Id) ? 1 : 0);
    }

    public long ExhaustiveSize(int weeks) =>
        SiteTrainers.Sum(t => (long)t.Count) * Patterns.Count * weeks;

    /// <summary>
    /// The trainers who may teach the course at the site (H3 qualification and pool, H12 the trainer's travel), nearest
    /// first. Who can reach a room is worked out once per room and shared by every institution using it.
    /// </summary>
    private static List<Trainer> TrainersFor(List<Trainer> qualified, Dictionary<string, List<Trainer>> nearRoom, SiteOption site)
    {
        if (!nearRoom.TryGetValue(site.Room.Room.Id, out var near))
        {
            near = [.. qualified
                .Select(t => (Trainer: t, Km: Geo.DistanceKm(t.Location, site.Room.Location)))
                .Where(x => x.Km <= x.Trainer.MaxTravelKm)
                .OrderBy(x => x.Km)
                .ThenBy(x => x.Trainer.Id, StringComparer.Ordinal)
                .Select(x => x.Trainer)];
            nearRoom[site.Room.Room.Id] = near;
        }

        return [.. near.Where(t => t.MayTeachFor(site.Institution.Id))];
    }
}
