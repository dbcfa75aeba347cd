using System.Diagnostics;
using OrderMatch.Domain.Geography;
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
        var placeOf = new Dictionary<string, (CourseSpace Space, int Index)>(StringComparer.Ordinal);
        foreach (var space in inputs.Spaces)
        {
            for (var o = 0; o < space.Orders.Count; o++)
            {
                placeOf[space.Orders[o].OrderId] = (space, o);
            }
        }

        var open = new List<FcfsClass>();
        foreach (var order in scenario.Orders)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (placeOf.TryGetValue(order.Id, out var place))
            {
                Place(inputs, place.Space, place.Index, open);
            }
        }

        var viable = open.Where(c => c.Size >= c.Candidate.Course.MinSize).ToList();
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

    private static void Place(PlanningInputs inputs, CourseSpace space, int o, List<FcfsClass> open)
    {
        var item = space.Orders[o];
        var order = item.Eligibility.Order;
        var sites = item.Eligibility.Sites.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        var remaining = item.Trainees;
        var smallest = order.Splittable ? order.MinChunk : item.Trainees;

        var joinable = open
            .Where(c => c.Candidate.Course.Id == space.Course.Id && sites.Contains(c.Candidate.Site.Key)
                        && space.Fits[o][c.Pattern, c.Candidate.StartWeek])
            .OrderBy(c => PerTrainee(inputs, c.Candidate.Site, c.Candidate.Sessions.Count, item))
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
            var opened = Cheapest(inputs, space, o, remaining, smallest);
            if (opened is null)
            {
                return;
            }

            inputs.Ledger.Book(opened.Candidate);
            var take = Math.Min(remaining, opened.Candidate.Capacity);
            opened.Enrollments.Add((order.Id, take));
            remaining -= take;
            open.Add(opened);
        }
    }

    /// <summary>The new class with the least cost per trainee it would take, among those the ledger still admits.</summary>
    private static FcfsClass? Cheapest(PlanningInputs inputs, CourseSpace space, int o, int remaining, int smallest)
    {
        var item = space.Orders[o];
        FcfsClass? best = null;
        var bestCost = double.PositiveInfinity;
        for (var s = 0; s < space.Sites.Count; s++)
        {
            var site = space.Sites[s];
            if (!space.SiteOrders[s].Contains(o))
            {
                continue;
            }

            var capacity = Math.Min(space.Course.MaxSize, site.Room.Room.Capacity);
            var take = Math.Min(remaining, capacity);
            if (take < smallest || (!item.Eligibility.Order.Splittable && take < remaining))
            {
                continue;
            }

            foreach (var trainer in space.SiteTrainers[s])
            {
                for (var p = 0; p < space.Patterns.Count; p++)
                {
                    for (var w = 1; w <= inputs.Calendar.Horizon.Weeks; w++)
                    {
                        var sessions = space.Sessions[p, w];
                        if (sessions is null || !space.Fits[o][p, w])
                        {
                            continue;
                        }

                        var fixedCost = FixedCost(inputs, site, trainer, sessions.Count);
                        var cost = (fixedCost / take) + PerTrainee(inputs, site, sessions.Count, item);
                        if (cost >= bestCost || !CandidateGenerator.TrainerAvailable(trainer, sessions) || !CandidateGenerator.BaseOpen(site, sessions))
                        {
                            continue;
                        }

                        var candidate = Candidate(inputs, space, site, trainer, p, w, capacity, fixedCost);
                        if (inputs.Ledger.Admits(candidate))
                        {
                            best = new FcfsClass(candidate, p);
                            bestCost = cost;
                        }
                    }
                }
            }
        }

        return best;
    }

    private static CandidateClass Candidate(PlanningInputs inputs, CourseSpace space, SiteOption site, Trainer trainer, int p, int w,
        int capacity, double fixedCost) =>
        CandidateClass.At(space, site, trainer, p, w, space.Sessions[p, w]!, capacity, fixedCost, inputs.Calendar);

    private static double FixedCost(PlanningInputs inputs, SiteOption site, Trainer trainer, int sessions)
    {
        var policy = inputs.Scenario.Policy;
        return policy.ClassOpeningCost + (site.Room.FeePerSession * sessions)
               + (sessions * 2 * Geo.DistanceKm(trainer.Location, site.Room.Location) * policy.TrainerTravelCostPerKm);
    }

    private static double PerTrainee(PlanningInputs inputs, SiteOption site, int sessions, DemandItem item)
    {
        var policy = inputs.Scenario.Policy;
        return site.Price + policy.GradePenaltyPerTrainee.For(site.Institution.Grade)
               + (sessions * 2 * Geo.DistanceKm(item.Eligibility.Enterprise.Location, site.Room.Location) * policy.TraineeTravelCostPerKm);
    }
}
