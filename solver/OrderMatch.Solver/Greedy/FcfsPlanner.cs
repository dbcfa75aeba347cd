using System.Diagnostics;
using OrderMatch.Domain.Calendar;
using OrderMatch.Domain.Model;
using OrderMatch.Solver.Monolithic;
using OrderMatch.Solver.Planning;

namespace OrderMatch.Solver.Greedy;

/// <summary>
/// First come, first served, the way orders are placed by hand today: orders in submission order (the scenario's
/// order list); each goes into the cheapest class already open that suits it and still has room, and when none has,
/// the cheapest class that can still be opened (site × trainer × pattern × start week free in the resource ledger) is
/// opened for it. Nothing is ever moved. Classes still below the course's minimum size at the end are dropped, so the
/// plan is valid; their trainees stay unassigned.
/// </summary>
public static class FcfsPlanner
{
    public static Plan Plan(Scenario scenario, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var clock = Stopwatch.StartNew();
        var inputs = new PlanningInputs(scenario);
        var viable = Classes(inputs.Spaces, scenario.Orders, new Desk(inputs.Ledger, inputs.Calendar, scenario.Policy), cancellationToken);
        using var ids = inputs.FreshClassIds().GetEnumerator();
        var classes = new List<PlanClass>();
        foreach (var c in viable)
        {
            ids.MoveNext();
            classes.Add(inputs.ToPlanClass(ids.Current, c.Candidate, c.Enrollments.Select(e => new Enrollment(e.Order, e.Trainees))));
        }

        return inputs.Assemble(classes, new SolverInfo { Status = SolverStatus.Feasible, Seconds = Math.Round(clock.Elapsed.TotalSeconds, 3) },
            o => new Reason
            {
                Code = ReasonCode.Capacity,
                Detail = $"order {o.Id}: first come, first served found no class with room for these trainees when the order arrived",
                Entities = [o.Id],
            });
    }

    /// <summary>
    /// The classes first come, first served opens for the demand of <paramref name="spaces"/>, orders taken in the
    /// sequence given (those of no space are passed over), each class booked in the desk's ledger as it opens; only the
    /// classes that reach their course's minimum size are returned.
    /// </summary>
    internal static List<FcfsClass> Classes(IReadOnlyList<CourseSpace> spaces, IEnumerable<TrainingOrder> sequence, Desk desk,
        CancellationToken cancellationToken)
    {
        var placeOf = new Dictionary<string, (CourseSpace Space, int Index)>(StringComparer.Ordinal);
        foreach (var space in spaces)
        {
            for (var o = 0; o < space.Orders.Count; o++)
            {
                placeOf[space.Orders[o].OrderId] = (space, o);
            }
        }

        var open = new List<FcfsClass>();
        var fcfs = spaces.ToDictionary(s => s, s => new FcfsSpace(s, desk.Policy, desk.Calendar));
        foreach (var order in sequence)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (placeOf.TryGetValue(order.Id, out var place))
            {
                Place(desk, place.Space, fcfs[place.Space], place.Index, open);
            }
        }

        return [.. open.Where(c => c.Size >= c.Candidate.Course.MinSize)];
    }

    private static void Place(Desk desk, CourseSpace space, FcfsSpace fcfs, int o, List<FcfsClass> open)
    {
        var item = space.Orders[o];
        var order = item.Eligibility.Order;
        var sites = item.Eligibility.Sites.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        var remaining = item.Trainees;
        var smallest = order.Splittable ? order.MinChunk : item.Trainees;

        var joinable = open
            .Where(c => c.Candidate.Course.Id == space.Course.Id && sites.Contains(c.Candidate.Site.Key)
                        && space.Fits[o][c.Pattern, c.Candidate.StartWeek])
            .OrderBy(c => PerTrainee(desk.Policy, c.Candidate.Site, c.Candidate.Sessions.Count, item))
            .ToList();
        foreach (var c in joinable)
        {
            var take = Math.Min(remaining, c.Room);
            if (remaining > 0 && take >= smallest && (order.Splittable || take == remaining))
            {
                c.Enrollments.Add((order.Id, take));
                remaining -= take;
            }
        }

        while (remaining >= smallest && remaining > 0)
        {
            var opened = Cheapest(desk, space, fcfs, o, remaining, smallest);
            if (opened is null)
            {
                return;
            }

            desk.Ledger.Book(opened.Candidate);
            var take = Math.Min(remaining, opened.Candidate.Capacity);
            opened.Enrollments.Add((order.Id, take));
            remaining -= take;
            open.Add(opened);
        }
    }

    /// <summary>
    /// The new class with the least cost per trainee it would take, among those the ledger still admits; ties go to the
    /// first site, trainer, pattern and start week. A class's cost depends only on its site and trainer (every start
    /// has the course's sessions), so (site, trainer) pairs are tried cheapest first, merged from each site's trainers
    /// in order of fixed cost, and the first start the ledger admits is the answer (<see cref="StartMasks"/>). A site
    /// whose room and institution admit no start is dropped the first time it comes up.
    /// </summary>
    private static FcfsClass? Cheapest(Desk desk, CourseSpace space, FcfsSpace fcfs, int o, int remaining, int smallest)
    {
        var item = space.Orders[o];
        var masks = new StartMasks(fcfs, o, desk.Calendar.Horizon.Weeks, desk.Ledger);
        // Per site: a class's capacity there, the trainees it takes, the order's cost per trainee there, and (once the
        // site comes up) the starts its room and institution admit.
        var queue = new PriorityQueue<(int Site, int Rank), (double Cost, int Site, int Trainer)>();
        var sites = new (int Capacity, int Take, double PerTrainee, bool Known, ulong[]? Mask)[space.Sites.Count];
        foreach (var s in fcfs.SitesOf(o))
        {
            var site = space.Sites[s];
            var capacity = Math.Min(space.Course.MaxSize, site.Room.Room.Capacity);
            var take = Math.Min(remaining, capacity);
            if (space.SiteTrainers[s].Count == 0 || take < smallest || (!item.Eligibility.Order.Splittable && take < remaining))
            {
                continue;
            }

            sites[s] = (capacity, take, PerTrainee(desk.Policy, site, space.Course.Sessions, item), false, null);
            Enqueue(queue, fcfs, s, 0, take, sites[s].PerTrainee);
        }

        while (queue.TryDequeue(out var next, out _))
        {
            var (s, rank) = next;
            var site = space.Sites[s];
            if (!sites[s].Known)
            {
                sites[s] = sites[s] with { Known = true, Mask = masks.Site(site) };
            }

            if (sites[s].Mask is not { } mask)
            {
                // Neither its room nor its institution admits a start: none of the site's trainers can help.
                continue;
            }

            var ranked = fcfs.Ranked(s);
            if (rank + 1 < ranked.Count)
            {
                Enqueue(queue, fcfs, s, rank + 1, sites[s].Take, sites[s].PerTrainee);
            }

            var trainer = space.SiteTrainers[s][ranked[rank].Trainer];
            if (masks.First(mask, trainer) is var first and >= 0)
            {
                var (p, w, _) = masks.Starts[first];
                return new FcfsClass(Candidate(desk, space, site, trainer, p, w, sites[s].Capacity, ranked[rank].Cost), s, p);
            }
        }

        return null;
    }

    private static void Enqueue(PriorityQueue<(int Site, int Rank), (double Cost, int Site, int Trainer)> queue, FcfsSpace fcfs,
        int site, int rank, int take, double perTrainee)
    {
        var (fixedCost, trainer) = fcfs.Ranked(site)[rank];
        queue.Enqueue((site, rank), ((fixedCost / take) + perTrainee, site, trainer));
    }

    private static CandidateClass Candidate(Desk desk, CourseSpace space, SiteOption site, Trainer trainer, int p, int w,
        int capacity, double fixedCost) =>
        CandidateClass.At(space, site, trainer, p, w, capacity, fixedCost);

    private static double PerTrainee(Policy policy, SiteOption site, int sessions, DemandItem item) =>
        ClassCosts.PerTrainee(policy, site, sessions, item.Eligibility.Enterprise);

    /// <summary>Where first come, first served books its classes, the calendar their sessions follow and the policy that prices them.</summary>
    internal sealed record Desk(ResourceLedger Ledger, ScenarioCalendar Calendar, Policy Policy);
}
