using System.Diagnostics;
using OrderMatch.Domain.Calendar;
using OrderMatch.Domain.Geography;
using OrderMatch.Domain.Model;
using OrderMatch.Solver.Cbc;

namespace OrderMatch.Solver.Planning;

/// <summary>
/// A proven lower bound over whole classes, found by column generation. Its master LP chooses classes λ — a site, a
/// pattern and start week, and how many trainees of which orders it holds — and unserved trainees u, under one row
/// per order (Σ trainees held + u ≥ the order's trainees, H10) and one per institution and week (classes with a
/// session that week ≤ maxConcurrentClasses less what pinned classes take, H16). A class costs its opening, room
/// fees, the nearest eligible trainer's travel, and per trainee tuition, grade penalty and own travel; it holds
/// between the course's minimum and the largest its room and course allow, only orders eligible at its site whose
/// window and slots suit its pattern and week (H4–H7, H12–H15). Trainers' weekly limits, room clashes other than
/// two classes with the same first session in one room, minChunk and unsplittable orders are relaxed, so every valid
/// plan is one of its solutions and the LP's optimum bounds it. Rows holding each room and trainer to one session per
/// date and period and each trainer to the weekly limit, with a trainer chosen per class, raised the converged bound of
/// tier S seeds 1–3 by at most 0.03 % and took 20–33 s to converge instead of 1–2 s, so they are left out.
/// The pricing problem for a site, pattern and week is exact: with every seat alike, the best class fills its seats
/// with the orders of highest dual profit. Patterns and start weeks that hold sessions in the same weeks and suit the
/// same orders price alike at every site, so each such set is priced once.
/// From any duals (π ≥ 0 on orders, μ ≤ 0 on institution weeks) the Lagrangian bound holds whatever the LP did:
/// Σ trainees × min(π, priority × penalty) + Σ μ × capacity, plus for each institution the larger of two lower
/// estimates of what its classes' reduced costs can add up to — the most negative reduced cost per room and first
/// session summed (one class at most there: two would clash, H9), or per week its capacity times the most negative
/// reduced cost per week held of a class holding that week (H16). The best such value over the iterations is the
/// bound, even when the clock stops the generation before it converges.
/// </summary>
internal static class ClassColumnBound
{
    /// <summary>
    /// Above this many pricing problems (sites × distinct patterns and weeks) an iteration takes too long to converge
    /// in a run's share of time, and the bound is not attempted. Tier S has about 20,000; tier M about 8 million.
    /// </summary>
    private const long MaxPricingProblems = 1_000_000;

    /// <summary>Above this many site × pattern × week combinations the one-class-per-room-and-first-session limit is left out.</summary>
    private const long MaxGroupedPatternWeeks = 5_000_000;

    /// <summary>Columns added to the master per iteration (the most negative reduced costs), at least; or one per order.</summary>
    private const int ColumnsPerIteration = 1000;

    /// <summary>Columns one site may add per iteration, so that one iteration's columns spread over many sites.</summary>
    private const int ColumnsPerSite = 3;

    /// <summary>Relative safety margin subtracted for floating-point tolerances.</summary>
    private const double Tolerance = 1e-7;

    /// <summary>
    /// The bound on what the orders of <paramref name="spaces"/> outside <paramref name="unreachable"/> cost together
    /// (served or not), or null when the problem is too large or no iteration finished within <paramref name="seconds"/>.
    /// </summary>
    public static Result? Of(ScenarioIndex index, ScenarioCalendar calendar, IReadOnlyList<CourseSpace> spaces,
        IReadOnlySet<string> unreachable, IReadOnlyList<PlanClass> pinned, double seconds, CancellationToken cancellationToken)
    {
        if (seconds <= 0 || spaces.Count == 0)
        {
            return null;
        }

        var clock = Stopwatch.StartNew();
        var problem = Problem.Build(index, calendar, spaces, unreachable, pinned);
        if (problem is null || problem.Orders.Count == 0)
        {
            return null;
        }

        using var master = new LpModel(problem.RowLower, problem.RowUpper);
        for (var g = 0; g < problem.Orders.Count; g++)
        {
            master.AddColumn(0, problem.Orders[g].Trainees, problem.Orders[g].Penalty, [g], [1.0]);
        }

        double? best = null;
        double[]? duals = null;
        while (!cancellationToken.IsCancellationRequested)
        {
            var left = seconds - clock.Elapsed.TotalSeconds;
            if (left <= 0 || !master.Solve(left))
            {
                break;
            }

            duals = master.Duals();
            var (lagrangian, columns) = problem.Price(duals);
            best = best is { } b ? Math.Max(b, lagrangian) : lagrangian;
            if (columns.Count == 0 || best >= master.Objective - (1e-9 * Math.Abs(master.Objective)))
            {
                break;
            }

            foreach (var column in columns)
            {
                master.AddColumn(0, 1, column.Cost, column.Rows, column.Values);
            }
        }

        return best is { } value && duals is not null
            ? new Result(value - (Tolerance * Math.Abs(value)) - 1e-6, problem.WeekPrices(index, duals))
            : null;
    }

    /// <summary>The bound, and the last LP's prices of the institutions' class-weeks.</summary>
    public sealed record Result(double Bound, WeekPrices Prices);

    /// <summary>A class found by pricing: its cost, its entries in the master's rows, its site and choice, and what it holds of which site orders.</summary>
    internal sealed record ClassColumn(double Cost, int[] Rows, double[] Values, int Site, Choice Choice, List<(int K, int Trainees)> Held);

    /// <summary>An order of the bound: its trainees, its unserved cost per trainee, and where it sits in its course space.</summary>
    internal sealed record Order(int Trainees, double Penalty, int Space, int Local);

    /// <summary>A site of a course space where some trainer may teach: its fixed cost per class and per-order costs.</summary>
    internal sealed record Site(int Space, int Index, int Institution, int Capacity, double Fixed, int[] Orders, double[] PerTrainee, int[]? Groups);

    /// <summary>
    /// A pattern and start week standing for every one of its space's that holds sessions in the same weeks and suits
    /// the same orders: at any site their classes price alike. Members are the patterns × weeks it stands for.
    /// </summary>
    internal sealed record Choice(int Pattern, int Week, int[] Weeks, int[] Members);

    /// <summary>The weeks and the suited orders of a pattern × week, as bits, compared by value.</summary>
    private sealed class ChoiceKey(ulong[] bits) : IEquatable<ChoiceKey>
    {
        private readonly int hash = Hash(bits);

        public bool Equals(ChoiceKey? other) => other is not null && bits.AsSpan().SequenceEqual(other.Bits);

        public override bool Equals(object? obj) => Equals(obj as ChoiceKey);

        public override int GetHashCode() => hash;

        private ulong[] Bits => bits;

        private static int Hash(ulong[] bits)
        {
            var hash = new HashCode();
            foreach (var word in bits)
            {
                hash.Add(word);
            }

            return hash.ToHashCode();
        }
    }

    /// <summary>
    /// What a dive (<see cref="ClassColumnDive"/>) has left: the trainees each order still asks for, and which site ×
    /// choice can still be booked.
    /// </summary>
    internal sealed class DiveLimits(int[] remaining, Func<int, Choice, bool> realizable)
    {
        public int[] Remaining => remaining;

        public bool Realizable(int site, Choice choice) => realizable(site, choice);
    }

    /// <summary>The LP's orders, sites and choices, and its pricing; shared by the bound and <see cref="ClassColumnDive"/>.</summary>
    internal sealed class Problem
    {
        private readonly IReadOnlyList<CourseSpace> spaces;
        private readonly int[][] spaceOrders;
        private readonly List<Choice>[] choices;
        private readonly int weeks;
        private readonly int[] groupInstitution;
        private readonly int institutions;

        private Problem(IReadOnlyList<CourseSpace> spaces, List<Order> orders, int[][] spaceOrders, List<Site> sites,
            List<Choice>[] choices, int weeks, int[] groupInstitution, int institutions, double[] rowLower, double[] rowUpper)
        {
            this.spaces = spaces;
            Orders = orders;
            this.spaceOrders = spaceOrders;
            Sites = sites;
            this.choices = choices;
            this.weeks = weeks;
            this.groupInstitution = groupInstitution;
            this.institutions = institutions;
            RowLower = rowLower;
            RowUpper = rowUpper;
        }

        public List<Order> Orders { get; }
        public List<Site> Sites { get; }
        public IReadOnlyList<CourseSpace> Spaces => spaces;
        public int Weeks => weeks;

        /// <summary>The bound's order for a space's order (by its position there), or -1 when it is left out as unreachable.</summary>
        public int OrderOf(int space, int local) => spaceOrders[space][local];
        public double[] RowLower { get; }
        public double[] RowUpper { get; }

        public static Problem? Build(ScenarioIndex index, ScenarioCalendar calendar, IReadOnlyList<CourseSpace> spaces,
            IReadOnlySet<string> unreachable, IReadOnlyList<PlanClass> pinned)
        {
            var policy = index.Scenario.Policy;
            var weeks = calendar.Horizon.Weeks;
            // Space by space, so that a scenario too large stops the work as soon as its count passes the limit.
            var choices = new List<Choice>[spaces.Count];
            var pricing = 0L;
            var patternWeeks = 0L;
            for (var sp = 0; sp < spaces.Count; sp++)
            {
                var withTrainers = spaces[sp].SiteTrainers.Count(t => t.Count > 0);
                choices[sp] = withTrainers == 0 ? [] : Choices(spaces[sp], calendar);
                pricing += (long)withTrainers * choices[sp].Count;
                patternWeeks += (long)withTrainers * choices[sp].Sum(c => c.Members.Length);
                if (pricing > MaxPricingProblems)
                {
                    return null;
                }
            }

            var orders = new List<Order>();
            var spaceOrders = new int[spaces.Count][];
            for (var sp = 0; sp < spaces.Count; sp++)
            {
                spaceOrders[sp] = new int[spaces[sp].Orders.Count];
                for (var o = 0; o < spaces[sp].Orders.Count; o++)
                {
                    var item = spaces[sp].Orders[o];
                    spaceOrders[sp][o] = unreachable.Contains(item.OrderId) ? -1 : orders.Count;
                    if (spaceOrders[sp][o] >= 0)
                    {
                        orders.Add(new Order(item.Trainees, item.Priority * policy.UnservedTraineePenalty, sp, o));
                    }
                }
            }

            var institutions = index.Scenario.Institutions;
            var institutionIndex = Enumerable.Range(0, institutions.Count).ToDictionary(i => institutions[i].Id, StringComparer.Ordinal);
            var rowLower = new double[orders.Count + (institutions.Count * weeks)];
            var rowUpper = new double[rowLower.Length];
            for (var g = 0; g < orders.Count; g++)
            {
                rowLower[g] = orders[g].Trainees;
                rowUpper[g] = double.MaxValue;
            }

            for (var i = 0; i < institutions.Count; i++)
            {
                for (var v = 1; v <= weeks; v++)
                {
                    var held = pinned.Count(p => p.Institution == institutions[i].Id && p.Sessions.Any(s => calendar.WeekOf(s.Date) == v));
                    rowLower[orders.Count + (i * weeks) + v - 1] = double.MinValue;
                    rowUpper[orders.Count + (i * weeks) + v - 1] = Math.Max(0, institutions[i].MaxConcurrentClasses - held);
                }
            }

            // One class at most per room and first session: two would clash (H9). Kept only while small.
            var groups = patternWeeks <= MaxGroupedPatternWeeks ? new Dictionary<(int Institution, string Room, DateOnly Date, string Period), int>() : null;
            var sites = new List<Site>();
            for (var sp = 0; sp < spaces.Count; sp++)
            {
                var space = spaces[sp];
                var course = space.Course;
                for (var s = 0; s < space.Sites.Count; s++)
                {
                    var trainers = space.SiteTrainers[s];
                    var local = space.SiteOrders[s].Where(o => spaceOrders[sp][o] >= 0).ToArray();
                    if (trainers.Count == 0 || local.Length == 0)
                    {
                        continue;
                    }

                    var site = space.Sites[s];
                    var fixedCost = ClassCosts.Fixed(policy, site, course.Sessions, Geo.DistanceKm(trainers[0].Location, site.Room.Location));
                    var perTrainee = local.Select(o => ClassCosts.PerTrainee(policy, site, course.Sessions, space.Orders[o].Eligibility.Enterprise)).ToArray();
                    var institution = institutionIndex[site.Institution.Id];
                    int[]? groupOf = null;
                    if (groups is not null)
                    {
                        groupOf = new int[space.Patterns.Count * (weeks + 1)];
                        foreach (var pw in choices[sp].SelectMany(c => c.Members))
                        {
                            var first = space.Sessions[pw / (weeks + 1), pw % (weeks + 1)]![0];
                            var key = (institution, site.Room.Room.Id, first.Date, first.Period);
                            if (!groups.TryGetValue(key, out var group))
                            {
                                groups[key] = group = groups.Count;
                            }

                            groupOf[pw] = group;
                        }
                    }

                    sites.Add(new Site(sp, s, institution, Math.Min(course.MaxSize, site.Room.Room.Capacity),
                        fixedCost, local, perTrainee, groupOf));
                }
            }

            var groupInstitution = new int[groups?.Count ?? 0];
            foreach (var (key, group) in groups ?? [])
            {
                groupInstitution[group] = key.Institution;
            }

            return new Problem(spaces, orders, spaceOrders, sites, choices, weeks, groupInstitution, institutions.Count, rowLower, rowUpper);
        }

        /// <summary>The institutions' weeks that the duals price (μ &lt; 0), at −μ.</summary>
        public WeekPrices WeekPrices(ScenarioIndex index, double[] duals)
        {
            var prices = new Dictionary<(string Institution, int Week), double>();
            for (var i = 0; i < institutions; i++)
            {
                for (var v = 1; v <= weeks; v++)
                {
                    var mu = duals[Orders.Count + (i * weeks) + v - 1];
                    if (mu < 0)
                    {
                        prices[(index.Scenario.Institutions[i].Id, v)] = -mu;
                    }
                }
            }

            return new WeekPrices(prices);
        }

        /// <summary>The space's patterns × weeks with sessions, one per set of weeks held and orders suited.</summary>
        private static List<Choice> Choices(CourseSpace space, ScenarioCalendar calendar)
        {
            var weeks = calendar.Horizon.Weeks;
            var weekWords = (weeks / 64) + 1;
            var orderWords = (space.Orders.Count + 63) / 64;
            var found = new Dictionary<ChoiceKey, List<int>>();
            var first = new List<ChoiceKey>();
            for (var p = 0; p < space.Patterns.Count; p++)
            {
                for (var w = 1; w <= weeks; w++)
                {
                    if (space.Sessions[p, w] is not { } sessions)
                    {
                        continue;
                    }

                    var bits = new ulong[weekWords + orderWords];
                    foreach (var session in sessions)
                    {
                        var v = calendar.WeekOf(session.Date);
                        bits[v / 64] |= 1UL << (v % 64);
                    }

                    for (var o = 0; o < space.Orders.Count; o++)
                    {
                        if (space.Fits[o][p, w])
                        {
                            bits[weekWords + (o / 64)] |= 1UL << (o % 64);
                        }
                    }

                    var key = new ChoiceKey(bits);
                    if (!found.TryGetValue(key, out var members))
                    {
                        found[key] = members = [];
                        first.Add(key);
                    }

                    members.Add((p * (weeks + 1)) + w);
                }
            }

            return [.. first.Select(key =>
            {
                var members = found[key];
                var (p, w) = (members[0] / (weeks + 1), members[0] % (weeks + 1));
                int[] held = [.. space.Sessions[p, w]!.Select(s => calendar.WeekOf(s.Date)).Distinct()];
                return new Choice(p, w, held, [.. members]);
            })];
        }

        /// <summary>
        /// The Lagrangian bound of these duals, and the classes of most negative reduced cost; with <paramref name="dive"/>,
        /// only classes the dive can still book, holding what the orders still ask (the bound is then not one).
        /// </summary>
        public (double Bound, List<ClassColumn> Columns) Price(double[] duals, DiveLimits? dive = null)
        {
            var bound = 0.0;
            for (var g = 0; g < Orders.Count; g++)
            {
                bound += Orders[g].Trainees * Math.Min(Math.Max(0, duals[g]), Orders[g].Penalty);
            }

            var institutionRows = Orders.Count;
            for (var r = institutionRows; r < duals.Length; r++)
            {
                bound += Math.Min(0, duals[r]) * RowUpper[r];
            }

            var groupBest = new double[groupInstitution.Length];
            var perWeek = new double[institutions * weeks];
            var candidates = new List<(double ReducedCost, int Site, Choice Choice)>();
            foreach (var (site, siteIndex) in Sites.Select((s, i) => (s, i)))
            {
                var space = spaces[site.Space];
                var ranked = Ranked(site, duals);
                var siteBest = new List<(double ReducedCost, int Site, Choice Choice)>();
                foreach (var choice in choices[site.Space])
                {
                    var mu = 0.0;
                    foreach (var v in choice.Weeks)
                    {
                        mu += Math.Min(0, duals[institutionRows + (site.Institution * weeks) + v - 1]);
                    }

                    var (gain, size) = Fill(space, site, ranked, choice.Pattern, choice.Week, null, dive);
                    if (size < space.Course.MinSize)
                    {
                        continue;
                    }

                    var reducedCost = site.Fixed - mu - gain;
                    if (reducedCost >= 0 || (dive is not null && !dive.Realizable(siteIndex, choice)))
                    {
                        continue;
                    }

                    if (site.Groups is { } groupOf)
                    {
                        foreach (var pw in choice.Members)
                        {
                            ref var groupMin = ref groupBest[groupOf[pw]];
                            groupMin = Math.Min(groupMin, reducedCost);
                        }
                    }

                    var share = reducedCost / choice.Weeks.Length;
                    foreach (var v in choice.Weeks)
                    {
                        ref var week = ref perWeek[(site.Institution * weeks) + v - 1];
                        week = Math.Min(week, share);
                    }

                    if (reducedCost < -1e-6)
                    {
                        siteBest.Add((reducedCost, siteIndex, choice));
                    }
                }

                candidates.AddRange(siteBest.OrderBy(c => c.ReducedCost).Take(ColumnsPerSite));
            }

            // Classes of one institution in one week are at most its capacity (H16), and one per room and first
            // session (H9): either limit alone bounds the institution's classes' reduced costs from below.
            var byGroups = new double[institutions];
            var grouped = Sites.All(s => s.Groups is not null);
            for (var group = 0; group < groupBest.Length; group++)
            {
                byGroups[groupInstitution[group]] += groupBest[group];
            }

            for (var i = 0; i < institutions; i++)
            {
                var byWeeks = 0.0;
                for (var v = 0; v < weeks; v++)
                {
                    byWeeks += perWeek[(i * weeks) + v] * RowUpper[institutionRows + (i * weeks) + v];
                }

                bound += grouped ? Math.Max(byGroups[i], byWeeks) : byWeeks;
            }

            var columns = new List<ClassColumn>();
            foreach (var (_, siteIndex, choice) in candidates.OrderBy(c => c.ReducedCost).Take(Math.Max(ColumnsPerIteration, Orders.Count)))
            {
                var site = Sites[siteIndex];
                var space = spaces[site.Space];
                var held = new List<(int Order, int Trainees)>();
                Fill(space, site, Ranked(site, duals), choice.Pattern, choice.Week, held, dive);
                var cost = site.Fixed;
                var rows = new List<int>();
                var values = new List<double>();
                foreach (var (k, trainees) in held)
                {
                    cost += trainees * site.PerTrainee[k];
                    rows.Add(spaceOrders[site.Space][site.Orders[k]]);
                    values.Add(trainees);
                }

                foreach (var v in choice.Weeks)
                {
                    rows.Add(institutionRows + (site.Institution * weeks) + v - 1);
                    values.Add(1);
                }

                columns.Add(new ClassColumn(cost, [.. rows], [.. values], siteIndex, choice, held));
            }

            return (bound, columns);
        }

        /// <summary>The site's orders by dual profit per trainee (π less the trainee's cost there), best first.</summary>
        private (int K, double Profit)[] Ranked(Site site, double[] duals)
        {
            var ranked = new (int K, double Profit)[site.Orders.Length];
            for (var k = 0; k < ranked.Length; k++)
            {
                var g = spaceOrders[site.Space][site.Orders[k]];
                ranked[k] = (k, Math.Max(0, duals[g]) - site.PerTrainee[k]);
            }

            Array.Sort(ranked, (a, b) => b.Profit.CompareTo(a.Profit));
            return ranked;
        }

        /// <summary>
        /// Fills a class of the site with pattern p and week w: the orders of highest profit that suit it, while their
        /// profit is positive or the class is below its minimum, up to its capacity. Returns the profit and the size. In a
        /// dive it takes what each order still asks, in whole orders or chunks of at least minChunk (H11).
        /// </summary>
        private (double Gain, int Size) Fill(CourseSpace space, Site site, (int K, double Profit)[] ranked, int p, int w,
            List<(int, int)>? held, DiveLimits? dive)
        {
            var gain = 0.0;
            var size = 0;
            var minimum = space.Course.MinSize;
            foreach (var (k, profit) in ranked)
            {
                if (size >= site.Capacity || (profit <= 0 && size >= minimum))
                {
                    break;
                }

                var local = site.Orders[k];
                if (!space.Fits[local][p, w])
                {
                    continue;
                }

                var trainees = dive is null ? space.Orders[local].Trainees : dive.Remaining[spaceOrders[site.Space][local]];
                var take = Math.Min(trainees, site.Capacity - size);
                if (profit <= 0)
                {
                    take = Math.Min(take, minimum - size);
                }

                if (dive is not null)
                {
                    // A plan's class keeps each order whole or in chunks of at least minChunk (H11).
                    var order = space.Orders[local].Eligibility.Order;
                    if (take <= 0 || (order.Splittable ? take < order.MinChunk : take < space.Orders[local].Trainees))
                    {
                        continue;
                    }
                }

                gain += profit * take;
                size += take;
                held?.Add((k, take));
            }

            return (gain, size);
        }
    }
}
