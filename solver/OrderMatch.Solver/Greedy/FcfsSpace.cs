using OrderMatch.Domain.Calendar;
using OrderMatch.Domain.Geography;
using OrderMatch.Domain.Model;
using OrderMatch.Solver.Planning;

namespace OrderMatch.Solver.Greedy;

/// <summary>
/// What first come, first served works out once per course space rather than once per order: the fixed cost of a class
/// per (site, trainer) — opening, room fees and the trainer's travel for the course's sessions, which do not depend on
/// the order — with each site's trainers sorted by it (ties by their index in the space), and the sessions per week of
/// each start (pattern, week), and the sites each order may attend.
/// </summary>
internal sealed class FcfsSpace(CourseSpace space, Policy policy, ScenarioCalendar calendar)
{
    private readonly (double Cost, int Trainer)[]?[] _bySite = new (double, int)[]?[space.Sites.Count];
    private readonly (int Week, int Count)[]?[,] _weeks = new (int, int)[]?[space.Patterns.Count, calendar.Horizon.Weeks + 1];
    private List<int>[]? _orderSites;

    public CourseSpace Space => space;

    /// <summary>The site's trainers, cheapest fixed cost first.</summary>
    public IReadOnlyList<(double Cost, int Trainer)> Ranked(int site)
    {
        if (_bySite[site] is { } ranked)
        {
            return ranked;
        }

        var option = space.Sites[site];
        var trainers = space.SiteTrainers[site];
        ranked = new (double, int)[trainers.Count];
        for (var t = 0; t < trainers.Count; t++)
        {
            ranked[t] = (FixedCost(option, trainers[t]), t);
        }

        Array.Sort(ranked);
        return _bySite[site] = ranked;
    }

    /// <summary>The sites the order may attend, as indices into the space's sites, in their order.</summary>
    public IReadOnlyList<int> SitesOf(int order)
    {
        if (_orderSites is null)
        {
            _orderSites = [.. space.Orders.Select(_ => new List<int>())];
            for (var s = 0; s < space.Sites.Count; s++)
            {
                foreach (var o in space.SiteOrders[s])
                {
                    _orderSites[o].Add(s);
                }
            }
        }

        return _orderSites[order];
    }

    /// <summary>How many sessions a class of this start has in each week it runs.</summary>
    public (int Week, int Count)[] Weeks(int pattern, int week) =>
        _weeks[pattern, week] ??= [.. space.SessionsPerWeek(pattern, week).Select(kv => (kv.Key, kv.Value))];

    private double FixedCost(SiteOption site, Trainer trainer) =>
        ClassCosts.Fixed(policy, site, space.Course.Sessions, Geo.DistanceKm(trainer.Location, site.Room.Location));
}
