using System.Diagnostics;
using OrderMatch.Domain.Calendar;
using OrderMatch.Domain.Model;
using OrderMatch.Solver.Cbc;

namespace OrderMatch.Solver.Planning;

/// <summary>
/// A plan read off the whole-class LP of <see cref="ClassColumnBound"/> by diving. The LP is solved by column
/// generation; the classes it opens most (largest λ, every one from <see cref="FixThreshold"/> on, at least one) are
/// booked for real — a pattern and start week of the column's choice and the nearest trainer free for it, with the
/// trainees the column holds — their trainees and institution weeks are taken out of the LP's rows, every class priced
/// earlier that holds more of an order than the order still asks leaves the LP (the order rows are "at least", so the
/// LP would count it whole), and the LP is solved again, until it opens no class or the time is up. Pricing offers only classes that what is booked still
/// admits (trainer and room free, trainers' weekly limits, H16, trainer and base availability) and enrollments in
/// chunks H11 allows, so each class booked keeps every hard rule; what the LP relaxes is checked as a class is booked.
/// The LP's rounds are counted, not timed, so a dive repeats; the time is an outer guard, and a dive it stops is
/// reported unfinished.
/// </summary>
internal static class ClassColumnDive
{
    /// <summary>Column generation rounds per step before the LP's classes are read, converged or not.</summary>
    private const int RoundsPerStep = 30;

    /// <summary>Classes the LP opens at least this much are booked in one step (most opened first).</summary>
    private const double FixThreshold = 0.9;

    /// <summary>A class the LP opens less than this is not open at all.</summary>
    private const double Opened = 1e-6;

    /// <summary>What a dive booked, and whether it ran until the LP opened no more classes.</summary>
    public sealed record Result(List<ChosenClass> Classes, bool Finished);

    /// <summary>
    /// The classes a dive books for the orders of <paramref name="spaces"/> outside <paramref name="unreachable"/>, on top
    /// of <paramref name="pinned"/> and of <paramref name="booked"/> (classes of a plan kept around them; their
    /// trainees are not in <paramref name="spaces"/>' orders); null when the LP is too large for
    /// <see cref="ClassColumnBound"/>'s limits.
    /// </summary>
    public static Result? Plan(ScenarioIndex index, ScenarioCalendar calendar, IReadOnlyList<CourseSpace> spaces,
        IReadOnlySet<string> unreachable, IReadOnlyList<PlanClass> pinned, CandidateGenerator generator, double seconds,
        CancellationToken cancellationToken, IReadOnlyList<CandidateClass>? booked = null)
    {
        var clock = Stopwatch.StartNew();
        var problem = ClassColumnBound.Problem.Build(index, calendar, spaces, unreachable, pinned);
        if (problem is null || problem.Orders.Count == 0)
        {
            return null;
        }

        var ledger = new ResourceLedger(calendar);
        foreach (var pin in pinned)
        {
            ledger.Book(pin.Institution, pin.Trainer, pin.Room, pin.Sessions);
        }

        var booking = new Booking(problem, ledger, generator);
        var rowLower = (double[])problem.RowLower.Clone();
        var rowUpper = (double[])problem.RowUpper.Clone();
        if (booked is { Count: > 0 })
        {
            var institutions = index.Scenario.Institutions;
            var institutionIndex = Enumerable.Range(0, institutions.Count).ToDictionary(i => institutions[i].Id, StringComparer.Ordinal);
            foreach (var k in booked)
            {
                ledger.Book(k);
                var i = institutionIndex[k.Site.Institution.Id];
                foreach (var v in k.SessionsPerWeek.Keys)
                {
                    var row = problem.Orders.Count + (i * problem.Weeks) + v - 1;
                    rowUpper[row] = Math.Max(0, rowUpper[row] - 1);
                }
            }
        }

        using var master = new LpModel(rowLower, rowUpper);
        for (var g = 0; g < problem.Orders.Count; g++)
        {
            master.AddColumn(0, problem.Orders[g].Trainees, problem.Orders[g].Penalty, [g], [1.0]);
        }

        var offset = problem.Orders.Count;
        var columns = new List<ClassColumnBound.ClassColumn>();
        var live = new List<int>();
        var limits = new ClassColumnBound.DiveLimits(booking.Remaining, booking.Realizable);
        while (true)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                return new Result(booking.Chosen, Finished: false);
            }

            for (var round = 0; ; round++)
            {
                var left = seconds - clock.Elapsed.TotalSeconds;
                if (left <= 0 || !master.Solve(left))
                {
                    return new Result(booking.Chosen, Finished: false);
                }

                if (round == RoundsPerStep)
                {
                    break;
                }

                var (_, found) = problem.Price(master.Duals(), limits);
                if (found.Count == 0)
                {
                    break;
                }

                foreach (var column in found)
                {
                    master.AddColumn(0, 1, column.Cost, column.Rows, column.Values);
                    live.Add(columns.Count);
                    columns.Add(column);
                }
            }

            var x = master.ColumnValues();
            var open = live.Where(j => x[offset + j] > Opened).OrderByDescending(j => x[offset + j]).ThenBy(j => j).ToList();
            if (open.Count == 0)
            {
                break;
            }

            // Where the bookings so far leave an open class no placement, it is dropped, and only what the LP opens of
            // the others is booked.
            var blocked = open.Where(j => !booking.Realizable(columns[j].Site, columns[j].Choice)).ToHashSet();
            var dropped = new HashSet<int>(blocked);
            foreach (var j in open.Where(j => !blocked.Contains(j)))
            {
                if (dropped.Count > 0 && x[offset + j] < FixThreshold)
                {
                    break;
                }

                // A class booked in this step may have taken what this one holds or where it would sit.
                if (booking.Holds(columns[j]) && booking.Realizable(columns[j].Site, columns[j].Choice))
                {
                    booking.Book(columns[j], rowLower, rowUpper);
                }

                dropped.Add(j);
            }

            // Classes priced before these bookings may hold trainees an order no longer asks for: the LP would count
            // them whole, so they are dropped too, and pricing offers them again with what is left.
            dropped.UnionWith(live.Where(j => !booking.Holds(columns[j])));
            foreach (var j in dropped)
            {
                master.SetColumnUpper(offset + j, 0);
            }

            live.RemoveAll(dropped.Contains);
            master.SetRowBounds(rowLower, rowUpper);
        }

        return new Result(booking.Chosen, Finished: true);
    }

    /// <summary>What the dive has booked, and which of the LP's classes what is booked still admits.</summary>
    private sealed class Booking(ClassColumnBound.Problem problem, ResourceLedger ledger, CandidateGenerator generator)
    {
        /// <summary>Per (site, choice): dead once nothing fits (bookings only grow), else where it fitted when last checked.</summary>
        private readonly Dictionary<(int Site, ClassColumnBound.Choice Choice), (int P, int W, Trainer Trainer)?> _fits = [];

        private readonly Dictionary<int, List<string>> _orderIds = [];

        public int[] Remaining { get; } = [.. problem.Orders.Select(o => o.Trainees)];

        public List<ChosenClass> Chosen { get; } = [];

        public bool Realizable(int site, ClassColumnBound.Choice choice) => Fit(site, choice) is not null;

        /// <summary>Whether the column holds no more of any order than the order still asks for.</summary>
        public bool Holds(ClassColumnBound.ClassColumn column)
        {
            var site = problem.Sites[column.Site];
            return column.Held.All(h => h.Trainees <= Remaining[problem.OrderOf(site.Space, site.Orders[h.K])]);
        }

        /// <summary>
        /// Books the column's class at the first pattern and start week of its choice and the nearest trainer that what is
        /// booked admits and that its orders accept (decision pins may name trainers), enrolling what its orders still
        /// ask for of what it holds, in chunks H11 allows; then takes it out of the rows. False when no such class has
        /// its course's minimum size; its site and choice are then not offered again.
        /// </summary>
        public bool Book(ClassColumnBound.ClassColumn column, double[] rowLower, double[] rowUpper)
        {
            var site = problem.Sites[column.Site];
            var space = problem.Spaces[site.Space];
            foreach (var (p, w, trainer) in Placements(column.Site, column.Choice))
            {
                if (generator.At(space, site.Index, trainer, p, w) is not { } k)
                {
                    continue;
                }

                var enrollments = Enrollments(column, k);
                var size = enrollments.Sum(e => e.Trainees);
                if (size >= space.Course.MinSize && size <= k.Capacity)
                {
                    Keep(column, k, enrollments, rowLower, rowUpper);
                    return true;
                }
            }

            _fits[(column.Site, column.Choice)] = null;
            return false;
        }

        /// <summary>What the column holds of each order that may join class k, as far as the order still asks and H11 allows.</summary>
        private List<(int Local, int Global, int Trainees)> Enrollments(ClassColumnBound.ClassColumn column, CandidateClass k)
        {
            var site = problem.Sites[column.Site];
            var space = problem.Spaces[site.Space];
            var enrollments = new List<(int Local, int Global, int Trainees)>();
            foreach (var (held, take) in column.Held)
            {
                var local = site.Orders[held];
                var g = problem.OrderOf(site.Space, local);
                var n = Math.Min(take, Remaining[g]);
                var order = space.Orders[local].Eligibility.Order;
                if (n > 0 && (order.Splittable ? n >= order.MinChunk : n == space.Orders[local].Trainees)
                    && k.Orders.Any(o => o.Order == local))
                {
                    enrollments.Add((local, g, n));
                }
            }

            return enrollments;
        }

        /// <summary>Books class k with its enrollments, and takes its trainees and institution weeks out of the rows.</summary>
        private void Keep(ClassColumnBound.ClassColumn column, CandidateClass k, List<(int Local, int Global, int Trainees)> enrollments,
            double[] rowLower, double[] rowUpper)
        {
            var site = problem.Sites[column.Site];
            ledger.Book(k);
            foreach (var (_, g, n) in enrollments)
            {
                Remaining[g] -= n;
                rowLower[g] = Remaining[g];
            }

            foreach (var v in k.SessionsPerWeek.Keys)
            {
                rowUpper[problem.Orders.Count + (site.Institution * problem.Weeks) + v - 1] -= 1;
            }

            if (!_orderIds.TryGetValue(site.Space, out var ids))
            {
                _orderIds[site.Space] = ids = [.. problem.Spaces[site.Space].Orders.Select(o => o.OrderId)];
            }

            Chosen.Add(new ChosenClass(k, ids, [.. enrollments.Select(e => (ids[e.Local], e.Trainees))]));
        }

        /// <summary>A pattern and start week of the choice and the nearest trainer that what is booked admits, if any.</summary>
        private (int P, int W, Trainer Trainer)? Fit(int siteIndex, ClassColumnBound.Choice choice)
        {
            var key = (siteIndex, choice);
            if (_fits.TryGetValue(key, out var known) && (known is null || Admits(siteIndex, known.Value)))
            {
                return known;
            }

            (int P, int W, Trainer Trainer)? found = null;
            foreach (var at in Placements(siteIndex, choice))
            {
                found = at;
                break;
            }

            _fits[key] = found;
            return found;
        }

        /// <summary>The choice's patterns and start weeks, each with the site's trainers nearest first, that what is booked admits.</summary>
        private IEnumerable<(int P, int W, Trainer Trainer)> Placements(int siteIndex, ClassColumnBound.Choice choice)
        {
            var site = problem.Sites[siteIndex];
            var trainers = problem.Spaces[site.Space].SiteTrainers[site.Index];
            var weeks = problem.Weeks;
            foreach (var pw in choice.Members)
            {
                var (p, w) = (pw / (weeks + 1), pw % (weeks + 1));
                foreach (var trainer in trainers)
                {
                    if (Admits(siteIndex, (p, w, trainer)))
                    {
                        yield return (p, w, trainer);
                    }
                }
            }
        }

        private bool Admits(int siteIndex, (int P, int W, Trainer Trainer) at)
        {
            var site = problem.Sites[siteIndex];
            var space = problem.Spaces[site.Space];
            var option = space.Sites[site.Index];
            var sessions = space.Sessions[at.P, at.W]!;
            return CandidateGenerator.TrainerAvailable(at.Trainer, sessions) && CandidateGenerator.BaseOpen(option, sessions)
                   && ledger.Admits(at.Trainer, option.Institution, option.Room.Room.Id, sessions, space.SessionsPerWeek(at.P, at.W));
        }
    }
}
