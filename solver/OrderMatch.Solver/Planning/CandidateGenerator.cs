using OrderMatch.Domain.Calendar;
using OrderMatch.Domain.Geography;
using OrderMatch.Domain.Model;

namespace OrderMatch.Solver.Planning;

/// <summary>
/// Enumerates candidate classes over course spaces. Within the budget every site × trainer × pattern × start week is
/// generated (exact); above it each site keeps its nearest trainers and each course the patterns that suit most of
/// its demand (always including, for every order, the patterns that suit it best). Most combinations yield no
/// candidate (windows, slots, availability, bookings and the minimum size rule them out), so when a pruned space
/// yields far fewer candidates than the budget, it is widened step by step — more patterns, then more trainers per
/// site — while the candidates still fit the budget; a space widened to everything is exhaustive. A class of the plan
/// in force is always among the candidates when the rules still admit it, whatever the pruning kept, so re-planning
/// can keep it.
/// </summary>
internal sealed class CandidateGenerator(ScenarioCalendar calendar, Policy policy, IReadOnlyList<PlanClass>? previous = null)
{
    private readonly IReadOnlyList<PlanClass> _previous = previous ?? [];

    private const int PrunedTrainersPerSite = 2;
    private const int PatternsKeptPerOrder = 2;

    /// <summary>Widening steps: trainers per site and the factor on the patterns kept; the last keeps everything.</summary>
    private static readonly (int Trainers, int PatternFactor)[] Widening = [(2, 1), (2, 2), (3, 4), (4, 8), (int.MaxValue, int.MaxValue)];

    /// <summary>A pruned space is widened while its candidates stay below this share of the budget.</summary>
    private const double WideningShare = 0.5;

    /// <summary>
    /// A widening step is tried only if it enumerates at most this many times the budget in site × trainer × pattern ×
    /// week combinations, so widening never costs more than a few generations of the budget's size.
    /// </summary>
    private const long WideningWork = 8;

    /// <summary>
    /// The candidates over <paramref name="spaces"/> that <paramref name="ledger"/> admits, within about
    /// <paramref name="budget"/>. What generation finds out about each order is recorded in
    /// <paramref name="diagnostics"/>; without it (the search, which explains nothing) nothing is recorded, and a
    /// combination tried by one widening step is not worked out again by the next.
    /// </summary>
    public CandidateSet Generate(IReadOnlyList<CourseSpace> spaces, ResourceLedger ledger, long budget,
        IDictionary<string, OrderDiagnostics>? diagnostics)
    {
        var weeks = calendar.Horizon.Weeks;
        if (spaces.Sum(s => s.ExhaustiveSize(weeks)) <= budget)
        {
            return Generate(spaces, ledger, budget, Widening[^1], diagnostics, tried: null);
        }

        var pruned = Pruned(spaces, ledger, budget, diagnostics);
        return pruned with { Candidates = WithPrevious(spaces, ledger, pruned.Candidates, diagnostics) };
    }

    private CandidateSet Pruned(IReadOnlyList<CourseSpace> spaces, ResourceLedger ledger, long budget, IDictionary<string, OrderDiagnostics>? diagnostics)
    {
        // Every step records facts about the orders (a trainer, a time, enough demand exists), true whichever step is kept.
        // Without diagnostics to record, each combination's outcome is kept for the wider steps, which try it again.
        var tried = diagnostics is null ? new Outcomes(spaces, calendar.Horizon.Weeks) : null;
        var step = 0;
        var last = Generate(spaces, ledger, budget, Widening[0], diagnostics, tried);
        while (step + 1 < Widening.Length && last.Candidates.Count < budget * WideningShare
               && Combinations(spaces, budget, Widening[step + 1]) <= WideningWork * budget)
        {
            var wider = Generate(spaces, ledger, budget, Widening[step + 1], diagnostics, tried);
            if (wider.Candidates.Count > budget)
            {
                break;
            }

            step++;
            last = wider;
        }

        return last;
    }

    /// <summary>
    /// The candidates repeating a class of the plan in force decision for decision, over the spaces' orders numbered
    /// one space after another, where the rules and <paramref name="ledger"/> still admit them.
    /// </summary>
    public IReadOnlyList<CandidateClass> Repeating(IReadOnlyList<CourseSpace> spaces, ResourceLedger ledger, IDictionary<string, OrderDiagnostics>? diagnostics) =>
        WithPrevious(spaces, ledger, [], diagnostics);

    /// <summary>The candidates, plus those repeating a class of the plan in force that pruning left out.</summary>
    private IReadOnlyList<CandidateClass> WithPrevious(IReadOnlyList<CourseSpace> spaces, ResourceLedger ledger,
        IReadOnlyList<CandidateClass> candidates, IDictionary<string, OrderDiagnostics>? diagnostics)
    {
        var relevant = _previous.Where(p => spaces.Any(s => s.Course.Id == p.Course)).ToList();
        if (relevant.Count == 0)
        {
            return candidates;
        }

        var byPlace = candidates.ToLookup(c => (c.Course.Id, c.Site.Room.Room.Id, c.StartWeek));
        var missing = relevant.Where(p => !byPlace[(p.Course, p.Room, p.StartWeek)].Any(k => k.SameDecisionsAs(p))).ToList();
        if (missing.Count == 0)
        {
            return candidates;
        }

        var added = new List<CandidateClass>();
        var offset = 0;
        foreach (var space in spaces)
        {
            foreach (var former in missing.Where(p => p.Course == space.Course.Id))
            {
                var s = Enumerable.Range(0, space.Sites.Count)
                    .FirstOrDefault(i => space.Sites[i].Institution.Id == former.Institution && space.Sites[i].Room.Room.Id == former.Room, -1);
                var p = space.Patterns.FindIndex(x => x.Select(slot => slot.ToString()).SequenceEqual(former.Pattern));
                var trainer = s < 0 ? null : space.SiteTrainers[s].FirstOrDefault(t => t.Id == former.Trainer);
                if (trainer is not null && p >= 0 && former.StartWeek >= 1 && former.StartWeek <= calendar.Horizon.Weeks
                    && Candidate(space, offset, s, trainer, p, former.StartWeek, ledger, diagnostics, new Joining(space, s, calendar.Horizon.Weeks)) is { } repeating)
                {
                    added.Add(repeating);
                }
            }

            offset += space.Orders.Count;
        }

        return [.. candidates, .. added];
    }

    /// <summary>Site × trainer × pattern × start week combinations a step enumerates.</summary>
    private long Combinations(IReadOnlyList<CourseSpace> spaces, long budget, (int Trainers, int PatternFactor) width)
    {
        var weeks = calendar.Horizon.Weeks;
        if (width == Widening[^1])
        {
            return spaces.Sum(s => s.ExhaustiveSize(weeks));
        }

        return spaces.Sum(s => s.SiteTrainers.Sum(t => (long)Math.Min(t.Count, width.Trainers))
                               * KeepPatterns(s, spaces, budget, weeks, width.PatternFactor).Count * weeks);
    }

    /// <param name="tried">What each combination yielded in an earlier step, if kept.</param>
    private CandidateSet Generate(IReadOnlyList<CourseSpace> spaces, ResourceLedger ledger, long budget,
        (int Trainers, int PatternFactor) width, IDictionary<string, OrderDiagnostics>? diagnostics, Outcomes? tried)
    {
        var weeks = calendar.Horizon.Weeks;
        var exhaustive = width == Widening[^1];
        var candidates = new List<CandidateClass>();
        var offset = 0;
        for (var sp = 0; sp < spaces.Count; sp++)
        {
            var space = spaces[sp];
            if (diagnostics is not null)
            {
                RecordReach(space, diagnostics);
            }

            var trainersPerSite = width.Trainers;
            var patterns = exhaustive ? Enumerable.Range(0, space.Patterns.Count).ToList() : KeepPatterns(space, spaces, budget, weeks, width.PatternFactor);
            for (var s = 0; s < space.Sites.Count; s++)
            {
                var joinable = new Joining(space, s, weeks);
                foreach (var t in Trainers(space, s, trainersPerSite))
                {
                    var trainer = space.SiteTrainers[s][t];
                    foreach (var p in patterns)
                    {
                        for (var w = 1; w <= weeks; w++)
                        {
                            CandidateClass? found;
                            if (tried is null)
                            {
                                found = Candidate(space, offset, s, trainer, p, w, ledger, diagnostics, joinable);
                            }
                            else if (!tried.TryGet(sp, s, t, p, w, out found))
                            {
                                found = tried.Keep(sp, s, t, p, w, Candidate(space, offset, s, trainer, p, w, ledger, diagnostics, joinable));
                            }

                            if (found is not null)
                            {
                                candidates.Add(found);
                            }
                        }
                    }
                }
            }

            offset += space.Orders.Count;
        }

        return new CandidateSet(candidates, exhaustive);
    }

    /// <summary>
    /// The site's nearest trainers, and any trainer a decision pin of one of the site's orders keeps, as positions in
    /// the site's trainers.
    /// </summary>
    private static IEnumerable<int> Trainers(CourseSpace space, int s, int nearest)
    {
        var all = space.SiteTrainers[s];
        if (nearest >= all.Count)
        {
            return Enumerable.Range(0, all.Count);
        }

        var pinned = space.SiteOrders[s].SelectMany(o => space.Pins.For(space.Orders[o].OrderId))
            .Select(p => p.Trainer).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return Enumerable.Range(0, all.Count).Where(i => i < nearest || pinned.Contains(all[i].Id));
    }

    /// <summary>
    /// What each space × site × trainer × pattern × start week yielded (its candidate, or none), kept from one widening
    /// step for the next; trainers are positions in the site's trainers.
    /// </summary>
    private sealed class Outcomes(IReadOnlyList<CourseSpace> spaces, int weeks)
    {
        private readonly long _sites = spaces.Max(s => s.Sites.Count);
        private readonly long _trainers = spaces.Max(s => s.SiteTrainers.Select(t => t.Count).DefaultIfEmpty(0).Max());
        private readonly long _patterns = spaces.Max(s => s.Patterns.Count);
        private readonly Dictionary<long, CandidateClass?> _found = [];

        public bool TryGet(int space, int site, int trainer, int pattern, int week, out CandidateClass? found) =>
            _found.TryGetValue(Key(space, site, trainer, pattern, week), out found);

        public CandidateClass? Keep(int space, int site, int trainer, int pattern, int week, CandidateClass? found) =>
            _found[Key(space, site, trainer, pattern, week)] = found;

        private long Key(int space, int site, int trainer, int pattern, int week) =>
            ((((((space * _sites) + site) * _trainers) + trainer) * _patterns) + pattern) * (weeks + 1) + week;
    }

    private static void RecordReach(CourseSpace space, IDictionary<string, OrderDiagnostics> diagnostics)
    {
        var siteHasTrainer = space.SiteTrainers.Select(t => t.Count > 0).ToArray();
        for (var s = 0; s < space.Sites.Count; s++)
        {
            foreach (var o in space.SiteOrders[s])
            {
                var id = space.Orders[o].OrderId;
                var d = Diagnostics(diagnostics, id);
                d.HasTrainer |= siteHasTrainer[s] && (!space.Pins.Constrains(id) || space.SiteTrainers[s].Any(t => space.Pins.AdmitsTrainer(id, t.Id)));
            }
        }

        for (var o = 0; o < space.Orders.Count; o++)
        {
            var fits = space.Fits[o];
            var any = false;
            foreach (var f in fits)
            {
                if (f)
                {
                    any = true;
                    break;
                }
            }

            Diagnostics(diagnostics, space.Orders[o].OrderId).HasTime |= any;
        }
    }

    private static List<int> KeepPatterns(CourseSpace space, IReadOnlyList<CourseSpace> spaces, long budget, int weeks, int factor)
    {
        var trainerSites = spaces.Sum(sp => sp.SiteTrainers.Sum(t => (long)Math.Min(t.Count, PrunedTrainersPerSite)));
        var perPattern = Math.Max(1, trainerSites * weeks);
        var keep = (int)Math.Clamp(budget / perPattern * factor, 1, space.Patterns.Count);
        var score = new double[space.Patterns.Count];
        for (var o = 0; o < space.Orders.Count; o++)
        {
            var weight = (double)space.Orders[o].Trainees * space.Orders[o].Priority;
            for (var p = 0; p < space.Patterns.Count; p++)
            {
                for (var w = 1; w <= weeks; w++)
                {
                    if (space.Fits[o][p, w])
                    {
                        score[p] += weight;
                        break;
                    }
                }
            }
        }

        var ranked = Enumerable.Range(0, space.Patterns.Count)
            .OrderByDescending(p => score[p])
            .ThenByDescending(p => PatternCatalog.Typicality(space.Patterns[p]))
            .ThenBy(p => p)
            .ToList();
        var kept = new SortedSet<int>(ranked.Take(keep));
        for (var o = 0; o < space.Orders.Count; o++)
        {
            var own = ranked.Where(p => Enumerable.Range(1, weeks).Any(w => space.Fits[o][p, w])).Take(PatternsKeptPerOrder);
            kept.UnionWith(own);
        }

        return [.. kept];
    }

    /// <summary>
    /// The class at site <paramref name="s"/> × trainer × pattern <paramref name="p"/> × start week <paramref name="w"/>
    /// when the rules and <paramref name="ledger"/> admit it and enough trainees may join; otherwise none. What it finds
    /// out about the orders goes to <paramref name="diagnostics"/>, if given.
    /// </summary>
    private CandidateClass? Candidate(CourseSpace space, int offset, int s, Trainer trainer, int p, int w, ResourceLedger ledger,
        IDictionary<string, OrderDiagnostics>? diagnostics, Joining joinable)
    {
        var sessions = space.Sessions[p, w];
        if (sessions is null)
        {
            return null;
        }

        var orders = joinable.With(trainer, p, w);
        if (orders.Count == 0)
        {
            return null;
        }

        var site = space.Sites[s];
        var trainerFree = TrainerAvailable(trainer, sessions);
        var roomOpen = BaseOpen(site, sessions);
        if (diagnostics is not null)
        {
            foreach (var o in orders)
            {
                var d = Diagnostics(diagnostics, space.Orders[o].OrderId);
                d.Trainers.Add(trainer.Id);
                d.Rooms.Add(site.Room.Room.Id);
                d.HasTrainerTime |= trainerFree;
                d.HasAvailableTime |= trainerFree && roomOpen;
            }
        }

        if (!trainerFree || !roomOpen)
        {
            return null;
        }

        var demand = 0;
        foreach (var o in orders)
        {
            demand += space.Orders[o].Trainees;
        }

        var capacity = Math.Min(space.Course.MaxSize, site.Room.Room.Capacity);
        if (demand < space.Course.MinSize)
        {
            if (diagnostics is not null)
            {
                foreach (var o in orders)
                {
                    var d = Diagnostics(diagnostics, space.Orders[o].OrderId);
                    d.BestPoolSize = Math.Max(d.BestPoolSize, demand);
                    d.PoolPartners.UnionWith(orders.Select(x => space.Orders[x].OrderId));
                }
            }

            return null;
        }

        var admitted = ledger.Admits(trainer, site.Institution, site.Room.Room.Id, sessions, space.SessionsPerWeek(p, w));
        if (diagnostics is not null)
        {
            foreach (var o in orders)
            {
                var d = Diagnostics(diagnostics, space.Orders[o].OrderId);
                d.HasEnoughDemand = true;
                d.BestPoolSize = Math.Max(d.BestPoolSize, Math.Min(demand, capacity));
                if (admitted)
                {
                    d.Candidates++;
                }
                else
                {
                    d.BlockedByBookings++;
                }
            }
        }

        return admitted ? Build(space, offset, site, trainer, p, w, capacity, orders) : null;
    }

    /// <summary>
    /// The class at site <paramref name="s"/> × trainer × pattern <paramref name="p"/> × start week <paramref name="w"/>
    /// with every order of the space that may join it, orders numbered as in the space; null when it has no sessions or
    /// no order may join. Availability and bookings are not checked here.
    /// </summary>
    public CandidateClass? At(CourseSpace space, int s, Trainer trainer, int p, int w)
    {
        var orders = space.Sessions[p, w] is null ? [] : Joinable(space, s, trainer, p, w);
        var site = space.Sites[s];
        return orders.Count == 0 ? null : Build(space, 0, site, trainer, p, w, Math.Min(space.Course.MaxSize, site.Room.Room.Capacity), orders);
    }

    /// <summary>The space's orders that may join a class at the site with this trainer, pattern and start week.</summary>
    private static List<int> Joinable(CourseSpace space, int s, Trainer trainer, int p, int w) =>
        [.. space.SiteOrders[s].Where(o => space.Fits[o][p, w] && space.Pins.AdmitsTrainer(space.Orders[o].OrderId, trainer.Id))];

    /// <summary>
    /// The orders that may join the site's classes, per pattern × start week, listed once for all the site's trainers
    /// while the site's candidates are generated (unless a decision pin of one of its orders names a trainer, when
    /// they are listed per trainer). The lists are read only.
    /// </summary>
    private sealed class Joining(CourseSpace space, int s, int weeks)
    {
        private readonly bool _perTrainer = space.SiteOrders[s].Any(o => space.Pins.Constrains(space.Orders[o].OrderId));
        private List<int>?[,]? _lists;

        public List<int> With(Trainer trainer, int p, int w)
        {
            if (_perTrainer)
            {
                return Joinable(space, s, trainer, p, w);
            }

            _lists ??= new List<int>?[space.Patterns.Count, weeks + 1];
            return _lists[p, w] ??= Joinable(space, s, trainer, p, w);
        }
    }

    internal static bool TrainerAvailable(Trainer trainer, IReadOnlyList<Session> sessions) =>
        trainer.Unavailable.Count == 0 || !sessions.Any(s => trainer.Unavailable.Any(u => u.Covers(s.Date, s.Period)));

    internal static bool BaseOpen(SiteOption site, IReadOnlyList<Session> sessions)
    {
        var closed = site.Room.Base?.Unavailable ?? [];
        return closed.Count == 0 || !sessions.Any(s => closed.Any(u => u.Covers(s.Date, s.Period)));
    }

    private CandidateClass Build(CourseSpace space, int offset, SiteOption site, Trainer trainer, int p, int w, int capacity,
        IReadOnlyList<int> orders)
    {
        var n = space.Sessions[p, w]!.Count;
        var fixedCost = ClassCosts.Fixed(policy, site, n, Geo.DistanceKm(trainer.Location, site.Room.Location));
        var candidate = CandidateClass.At(space, site, trainer, p, w, capacity, fixedCost);
        foreach (var o in orders)
        {
            candidate.Orders.Add((offset + o, ClassCosts.PerTrainee(policy, site, n, space.Orders[o].Eligibility.Enterprise)));
        }

        return candidate;
    }

    private static OrderDiagnostics Diagnostics(IDictionary<string, OrderDiagnostics> diagnostics, string orderId)
    {
        if (!diagnostics.TryGetValue(orderId, out var d))
        {
            diagnostics[orderId] = d = new OrderDiagnostics();
        }

        return d;
    }
}
