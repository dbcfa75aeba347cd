using OrderMatch.Domain.Geography;
using OrderMatch.Domain.Model;

namespace OrderMatch.Solver.Planning;

/// <summary>
/// Per order and eligible site, the largest class that could hold the order there and the nearest trainer who could
/// teach it, for the lower bounds. A class at a site has one pattern and start week that suit every order it holds
/// (H6, H7) and holds only orders eligible at that site, so it is no larger than the trainees of those orders
/// (besides the course's maximum and the room's capacity, H4, H5); below the course's minimum no class can hold the
/// order there at all. Its trainer is one who may teach there (H3, H12), so trainer travel is at least the nearest
/// one's. Each trainee of a class carries the class's opening cost, room fees and trainer travel divided by its size,
/// so dividing them by the ceiling instead understates nothing.
/// The site-by-site scan is counted in order steps; once <see cref="MaxSteps"/> are spent, a course's ceilings come
/// from all its orders that suit a pattern and week, at any site (larger, so still valid).
/// </summary>
internal sealed class ClassCeilings
{
    /// <summary>The site-by-site scan's work limit over all courses.</summary>
    private const long MaxSteps = 20_000_000;

    private readonly Dictionary<string, Ceiling[]> _byOrder = new(StringComparer.Ordinal);
    private long _steps;

    /// <summary>No ceilings known: every site is taken at its room's and course's limit, with no trainer travel.</summary>
    public static ClassCeilings None { get; } = new();

    /// <summary>The ceilings of every order of the course, aligned with each order's eligible sites.</summary>
    public void Add(CourseSpace space)
    {
        var pools = _steps <= MaxSteps ? null : CoursePools(space);
        var largest = new int[space.Sites.Count][];
        var trainerKm = new double[space.Sites.Count];
        var siteIndex = new Dictionary<(string Institution, string Room), int>();
        for (var s = 0; s < space.Sites.Count; s++)
        {
            var site = space.Sites[s];
            siteIndex[(site.Institution.Id, site.Room.Room.Id)] = s;
            var trainers = space.SiteTrainers[s];
            if (trainers.Count > 0)
            {
                largest[s] = pools ?? SitePools(space, s);
                trainerKm[s] = Geo.DistanceKm(trainers[0].Location, site.Room.Location);
            }
        }

        for (var o = 0; o < space.Orders.Count; o++)
        {
            var sites = space.Orders[o].Eligibility.Sites;
            var ceilings = new Ceiling[sites.Count];
            for (var i = 0; i < sites.Count; i++)
            {
                var s = siteIndex[(sites[i].Institution.Id, sites[i].Room.Room.Id)];
                if (largest[s] is not { } pool)
                {
                    continue;
                }

                var size = Math.Min(Math.Min(space.Course.MaxSize, sites[i].Room.Room.Capacity), pool[o]);
                if (size >= space.Course.MinSize)
                {
                    ceilings[i] = new Ceiling(size, trainerKm[s]);
                }
            }

            _byOrder[space.Orders[o].OrderId] = ceilings;
        }
    }

    /// <summary>The ceiling of the order at its <paramref name="site"/>-th eligible site; size 0 when no class can hold it there.</summary>
    public Ceiling At(DemandItem item, int site)
    {
        if (_byOrder.TryGetValue(item.OrderId, out var ceilings))
        {
            return ceilings[site];
        }

        var option = item.Eligibility.Sites[site];
        return new Ceiling(Math.Min(item.Eligibility.Course.MaxSize, option.Room.Room.Capacity), 0);
    }

    /// <summary>Per order of the space (0 for those not eligible at site s), the most trainees a class at site s with a pattern and week suiting it could pool.</summary>
    private int[] SitePools(CourseSpace space, int s)
    {
        var largest = new int[space.Orders.Count];
        var orders = space.SiteOrders[s];
        var weeks = space.Sessions.GetLength(1) - 1;
        for (var p = 0; p < space.Patterns.Count; p++)
        {
            for (var w = 1; w <= weeks; w++)
            {
                if (space.Sessions[p, w] is null)
                {
                    continue;
                }

                _steps += orders.Count;
                var pool = 0;
                foreach (var o in orders)
                {
                    pool += space.Fits[o][p, w] ? space.Orders[o].Trainees : 0;
                }

                if (pool < space.Course.MinSize)
                {
                    continue;
                }

                foreach (var o in orders)
                {
                    if (space.Fits[o][p, w] && largest[o] < pool)
                    {
                        largest[o] = pool;
                    }
                }
            }
        }

        return largest;
    }

    /// <summary>Per order, the most trainees of the whole course a class with a pattern and week suiting it could pool.</summary>
    private static int[] CoursePools(CourseSpace space)
    {
        var weeks = space.Sessions.GetLength(1) - 1;
        var pool = space.Pools();

        var largest = new int[space.Orders.Count];
        for (var o = 0; o < space.Orders.Count; o++)
        {
            for (var p = 0; p < space.Patterns.Count; p++)
            {
                for (var w = 1; w <= weeks; w++)
                {
                    if (space.Fits[o][p, w] && space.Sessions[p, w] is not null)
                    {
                        largest[o] = Math.Max(largest[o], pool[p, w]);
                    }
                }
            }
        }

        return largest;
    }

    /// <summary>The largest class (0: none) and the nearest eligible trainer's distance in km at one site.</summary>
    public readonly record struct Ceiling(int Size, double TrainerKm);
}
