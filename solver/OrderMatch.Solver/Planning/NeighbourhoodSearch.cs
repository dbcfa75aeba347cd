using System.Diagnostics;
using OrderMatch.Domain.Calendar;
using OrderMatch.Domain.Model;
using OrderMatch.Solver.Cbc;

namespace OrderMatch.Solver.Planning;

/// <summary>
/// Large-neighbourhood search over a whole plan. A neighbourhood is a course with unserved demand together with its
/// strongest competitors (the courses whose classes hold institutions, rooms or trainers it could use), or with one
/// competitor, or alone. A group of several courses keeps each order's best candidate at every institution it may
/// attend, so classes can move from saturated institutions to idle ones. Their classes are freed, candidates are
/// generated again on what the rest of the plan leaves, and CBC re-solves the two courses jointly, started from the
/// better of the incumbent and a fresh greedy plan. A result replaces the incumbent only when the model objective
/// (which differs from the plan objective only by terms the neighbourhood cannot change) strictly falls, so the plan
/// never gets worse and stays valid: every row of the slice model enforces, on top of the fixed rest, the hard rules
/// the plan must keep. Before those, the search tries the institutions whose weekly class limit keeps unserved demand
/// out, freeing every class there whatever its course; those tried least often go first, and a neighbourhood that
/// gained nothing is tried again only after those that changed since. Before the search and after each improvement,
/// <see cref="UnservedRepair"/> serves what it can of the unserved demand without a MIP. Before the first MIP, a greedy
/// sweep re-plans every neighbourhood with the greedy alone, and then each class at a saturated institution is taken
/// out in turn and the plan repaired without it (<see cref="SolveOptions.RemovalPasses"/>). With two or more threads,
/// neighbourhoods that share no institution or course are re-solved side by side (<see cref="SolveOptions.SearchLanes"/>),
/// their results merged while they keep the rules.
/// </summary>
internal sealed class NeighbourhoodSearch(
    ScenarioIndex index,
    IReadOnlyList<CourseSpace> spaces,
    CandidateGenerator generator,
    IReadOnlyList<PlanClass> pinned,
    ScenarioCalendar calendar,
    Policy policy,
    IReadOnlyList<PlanClass> previous,
    SolveOptions options,
    CpuPace pace)
{
    /// <summary>Smallest objective decrease that counts as an improvement (well below a cent of any real change).</summary>
    private const double MinimumGain = 1e-3;

    /// <summary>
    /// A neighbourhood's model keeps this many times the construction's candidates per order: it starts from a good
    /// plan, so its time goes to alternatives rather than to finding a first solution.
    /// </summary>
    private const int PerOrderWidening = 3;

    /// <summary>Time kept back from a neighbourhood's MIP for reading its answer and finishing the run.</summary>
    private const double SolveMargin = 0.3;

    /// <summary>A MIP given less than this is not started; the start solution (greedy or incumbent) is used as it is.</summary>
    private const double MinimumMipSeconds = 0.1;

    /// <summary>
    /// A new neighbourhood needs this many times the longest preparation so far (candidate generation, greedy start and
    /// model building, which cannot be stopped half way) in time left; its MIP then gets what is left and stops at it.
    /// </summary>
    private const double LongestAttemptMargin = 1.5;

    /// <summary>Seconds a neighbourhood's MIP should have at least, on top of the preparation, for it to be worth starting.</summary>
    private const double UsefulMipSeconds = 1.0;

    /// <summary>Below this many seconds left no new neighbourhood is started.</summary>
    private const double MinimumSecondsLeft = 1.0;

    /// <summary>Neighbourhoods re-solved side by side (<see cref="SolveOptions.SearchLanes"/>).</summary>
    private int Lanes => Math.Max(1, options.SearchLanes ?? options.Threads);

    /// <summary>Side-by-side neighbourhoods solve their MIPs in cbc processes of their own when the executable is there.</summary>
    private bool OwnProcesses => Lanes > 1 && File.Exists(options.CbcExecutable);

    private readonly Dictionary<string, CourseSpace> _byCourse = spaces.ToDictionary(s => s.Course.Id, StringComparer.Ordinal);

    /// <summary>Guards what neighbourhoods re-solved side by side record.</summary>
    private readonly Lock _gate = new();

    /// <summary>The longest a neighbourhood has taken so far from its start to its MIP's start.</summary>
    private double _longestPreparation;

    /// <summary>The longest a neighbourhood re-planned by the greedy alone has taken so far.</summary>
    private double _longestSweep;

    /// <summary>The repair, kept from pass to pass: it remembers the courses for which it opened nothing.</summary>
    private UnservedRepair? _repair;

    /// <summary>The longest a pass of <see cref="UnservedRepair"/> has taken so far.</summary>
    private double _longestRepair;

    /// <summary>Neighbourhoods re-solved.</summary>
    public int Attempts { get; private set; }

    /// <summary>Neighbourhoods whose re-solve was accepted.</summary>
    public int Improvements { get; private set; }

    /// <summary>Neighbourhoods re-planned by the greedy alone before the MIPs, and those of them kept.</summary>
    public int SweepAttempts { get; private set; }

    /// <inheritdoc cref="SweepAttempts"/>
    public int SweepImprovements { get; private set; }

    /// <summary>Neighbourhoods re-planned by the dive after the MIPs, and those of them kept.</summary>
    public int RediveAttempts { get; private set; }

    /// <inheritdoc cref="RediveAttempts"/>
    public int RediveImprovements { get; private set; }

    /// <summary>No order is left out of a dive as unreachable: one that is stays unserved there too.</summary>
    private static readonly IReadOnlySet<string> NoOrders = new HashSet<string>();

    /// <summary>
    /// Improves <paramref name="incumbent"/> until its budget of neighbourhoods is spent (<see cref="SolveOptions.NeighbourhoodsPerSecond"/>
    /// × the time limit) or every neighbourhood has been tried since the last improvement; each MIP is limited by
    /// nodes, so the result does not depend on the machine's speed. Re-dives (<see cref="SolveOptions.RedivesPerSecond"/>)
    /// run before the MIPs and after them. The time left (below a second) and the token are outer guards.
    /// <paramref name="improved"/> receives each gain.
    /// </summary>
    public List<ChosenClass> Improve(List<ChosenClass> incumbent, Func<double> secondsLeft, Action<double>? improved,
        CancellationToken cancellationToken) => Improve(incumbent, secondsLeft, 0, improved, cancellationToken);

    /// <inheritdoc cref="Improve(List{ChosenClass}, Func{double}, Action{double}?, CancellationToken)"/>
    /// <param name="expectedSeconds">What one neighbourhood is expected to take before any has run (e.g. the average slice).</param>
    public List<ChosenClass> Improve(List<ChosenClass> incumbent, Func<double> secondsLeft, double expectedSeconds, Action<double>? improved,
        CancellationToken cancellationToken)
    {
        var current = incumbent;
        if (options.RepairUnserved && !cancellationToken.IsCancellationRequested)
        {
            current = Repair(current, improved);
        }

        if (options.GreedySweeps > 0 && !cancellationToken.IsCancellationRequested)
        {
            current = Sweep(current, secondsLeft, improved, cancellationToken);
        }

        // Re-dives first (only after a plan built by the dive; see SolveOptions.RedivesPerSecond for what they gained
        // there), then the MIPs; what is left of the budget of dives goes to after them.
        current = Redive(current, secondsLeft, improved, cancellationToken);
        for (var pass = 0; pass < options.RemovalPasses && options.RepairUnserved && !cancellationToken.IsCancellationRequested; pass++)
        {
            var before = current;
            current = Remove(current, secondsLeft, improved, cancellationToken);
            if (ReferenceEquals(before, current))
            {
                break;
            }
        }

        var triedSinceImprovement = new HashSet<string>(StringComparer.Ordinal);
        // What each neighbourhood held when re-solving it last gained nothing.
        var fruitless = new Dictionary<string, string>(StringComparer.Ordinal);
        // How often each neighbourhood has been re-solved.
        var tries = new Dictionary<string, int>(StringComparer.Ordinal);
        var allowed = (int)Math.Ceiling(options.TimeLimitSeconds * options.NeighbourhoodsPerSecond);
        // Before any neighbourhood has run, a slice's whole time stands in for the preparation of one.
        _longestPreparation = expectedSeconds;
        while (Attempts < allowed)
        {
            var hoods = Neighbourhoods(current, options.InstitutionNeighbourhoods);
            // Those tried least often first (in their order otherwise): after each improvement every neighbourhood may
            // be tried again, and without this the few institutions at the head of the list took most of the time.
            List<Neighbourhood> untried = [.. hoods.Where(h => !triedSinceImprovement.Contains(h.Key)).DistinctBy(h => h.Key)
                .OrderBy(h => tries.GetValueOrDefault(h.Key))];
            var picked = Pick(untried, fruitless, current, Math.Min(Lanes, allowed - Attempts));
            if (picked.Count == 0)
            {
                return Redive(current, secondsLeft, improved, cancellationToken);
            }

            // Guard: neighbourhoods are started only if the longest preparation so far would still fit with a useful
            // MIP after it, so the run ends on time; the MIPs themselves stop at the time left.
            if (cancellationToken.IsCancellationRequested || !Fits(_longestPreparation, secondsLeft()))
            {
                return current;
            }

            var fingerprints = picked.Select(h => Fingerprint(h, current)).ToList();
            foreach (var hood in picked)
            {
                triedSinceImprovement.Add(hood.Key);
                tries[hood.Key] = tries.GetValueOrDefault(hood.Key) + 1;
                Attempts++;
            }

            // Each picked neighbourhood is re-solved on its own core, all on the same plan; their results are then taken
            // in the order picked, each after the first merged into what the earlier ones made of the plan.
            var solving = current;
            var results = picked.Count == 1
                ? [Resolve(picked[0], solving, secondsLeft, withMip: true, cancellationToken)]
                : Task.WhenAll(picked.Select(h => Task.Run(() => Resolve(h, solving, secondsLeft, withMip: true, cancellationToken), CancellationToken.None)))
                    .GetAwaiter().GetResult();
            var changed = false;
            for (var i = 0; i < picked.Count; i++)
            {
                var (found, gain) = results[i];
                var better = found;
                if (found is null)
                {
                    fruitless[picked[i].Key] = fingerprints[i];
                    continue;
                }

                if (changed)
                {
                    (better, gain) = Merged(current, solving, found);
                }

                if (better is null)
                {
                    // Not fruitless: what it found clashed with an earlier result, and it is tried again later.
                    continue;
                }

                current = better;
                changed = true;
                Improvements++;
                improved?.Invoke(gain);
            }

            if (changed)
            {
                // What changed may open new moves everywhere else; the neighbourhoods just solved wait their turn.
                triedSinceImprovement.Clear();
                triedSinceImprovement.UnionWith(picked.Select(h => h.Key));
                // The repair cannot be stopped half way either, so after an improvement it runs only if a pass as long
                // as the longest so far still fits.
                if (options.RepairUnserved && secondsLeft() >= _longestRepair * LongestAttemptMargin)
                {
                    current = Repair(current, improved);
                }
            }
        }

        return Redive(current, secondsLeft, improved, cancellationToken);
    }

    /// <summary>
    /// Re-plans each neighbourhood by <see cref="ClassColumnDive"/> on what the rest of the plan books, keeping the result
    /// where the whole plan gains (and repairing after it), until a pass over them all gains nothing, the budget of dives
    /// (<see cref="SolveOptions.RedivesPerSecond"/> × the time limit) is spent or time is up. A neighbourhood is dived
    /// again only when what it holds changed since its last dive. A dive counts its LP rounds, so the same plan and
    /// budget give the same moves; the time left is an outer guard.
    /// </summary>
    private List<ChosenClass> Redive(List<ChosenClass> current, Func<double> secondsLeft, Action<double>? improved, CancellationToken cancellationToken)
    {
        var allowed = (int)Math.Ceiling(options.TimeLimitSeconds * options.RedivesPerSecond);

        // What each neighbourhood held when it was last dived.
        var dived = new Dictionary<string, string>(StringComparer.Ordinal);
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var hood in Neighbourhoods(current, options.InstitutionNeighbourhoods).DistinctBy(h => h.Key))
            {
                var left = secondsLeft() - MinimumSecondsLeft;
                if (cancellationToken.IsCancellationRequested || left <= 0 || RediveAttempts >= allowed)
                {
                    return current;
                }

                var fingerprint = Fingerprint(hood, current);
                if (dived.TryGetValue(hood.Key, out var last) && last == fingerprint)
                {
                    continue;
                }

                dived[hood.Key] = fingerprint;
                var freed = Freed(hood);
                var solved = Solved(hood, current, freed);
                if (solved.Count == 0)
                {
                    continue;
                }

                var kept = current.Where(c => !freed(c)).ToList();
                RediveAttempts++;
                var dive = ClassColumnDive.Plan(index, calendar, solved, NoOrders, pinned, generator, left, cancellationToken,
                    [.. kept.Select(c => c.Class)]);
                if (dive is not { Finished: true })
                {
                    continue;
                }

                List<ChosenClass> plan = [.. kept, .. dive.Classes];
                var gain = Objective(current) - Objective(plan);
                if (gain <= MinimumGain)
                {
                    continue;
                }

                current = plan;
                changed = true;
                RediveImprovements++;
                improved?.Invoke(gain);
                if (options.RepairUnserved && secondsLeft() >= _longestRepair * LongestAttemptMargin)
                {
                    current = Repair(current, improved);
                }
            }
        }

        return current;
    }

    /// <summary>
    /// Up to <paramref name="count"/> neighbourhoods to re-solve side by side: those that changed since they last gained
    /// nothing first, unchanged ones only after them (the plan around them may still have moved); each shares no
    /// institution or course with one picked before it, so that their results seldom clash.
    /// </summary>
    private List<Neighbourhood> Pick(List<Neighbourhood> untried, Dictionary<string, string> fruitless, List<ChosenClass> current, int count)
    {
        var picked = new List<Neighbourhood>();
        foreach (var changedOnly in new[] { true, false })
        {
            foreach (var hood in untried)
            {
                if (picked.Count >= count)
                {
                    return picked;
                }

                if (!picked.Contains(hood) && picked.All(p => Apart(p, hood))
                    && (!changedOnly || !fruitless.TryGetValue(hood.Key, out var held) || held != Fingerprint(hood, current)))
                {
                    picked.Add(hood);
                }
            }
        }

        return picked;
    }

    /// <summary>Whether two neighbourhoods name no institution or course in common.</summary>
    internal static bool Apart(Neighbourhood a, Neighbourhood b) =>
        (a.Institution is null || a.Institution != b.Institution) && !a.Courses.Any(x => b.Courses.Any(y => x.Course.Id == y.Course.Id));

    /// <summary>
    /// A result found on <paramref name="solving"/> carried over to <paramref name="current"/>, what earlier results made
    /// of that plan: the classes it dropped leave and those it added join. Kept only when every trainer, room and
    /// institution limit still holds with the pins and every other class (H8, H9, H16), no order gets more trainees
    /// than it asks (H10), and the objective falls.
    /// </summary>
    internal (List<ChosenClass>? Better, double Gain) Merged(List<ChosenClass> current, List<ChosenClass> solving, List<ChosenClass> better)
    {
        var before = new HashSet<ChosenClass>(solving, ReferenceEqualityComparer.Instance);
        var after = new HashSet<ChosenClass>(better, ReferenceEqualityComparer.Instance);
        List<ChosenClass> merged = [.. current.Where(c => !before.Contains(c) || after.Contains(c)), .. better.Where(c => !before.Contains(c))];
        var ledger = Booked([], _ => false);
        foreach (var chosen in merged)
        {
            if (!ledger.Admits(chosen.Class))
            {
                return (null, 0);
            }

            ledger.Book(chosen.Class);
        }

        var served = Served(merged);
        if (spaces.SelectMany(s => s.Orders).Any(o => served.GetValueOrDefault(o.OrderId) > o.Trainees))
        {
            return (null, 0);
        }

        var gain = Objective(current) - Objective(merged);
        return gain > MinimumGain ? (merged, gain) : (null, 0);
    }

    /// <summary>The whole plan's share of the objective that the search can change (<see cref="Value"/> over every order).</summary>
    private double Objective(List<ChosenClass> plan)
    {
        var orders = spaces.SelectMany(s => s.Orders).ToList();
        return Value(AsSolution(plan, orders), orders);
    }

    /// <summary>Classes of the plan as a solution over <paramref name="orders"/>, enrollments indexed into them.</summary>
    private static SliceSolution AsSolution(IEnumerable<ChosenClass> classes, IReadOnlyList<DemandItem> orders)
    {
        var position = orders.Select((o, i) => (o.OrderId, i)).ToDictionary(x => x.OrderId, x => x.i, StringComparer.Ordinal);
        return new SliceSolution([.. classes.Select(chosen => (chosen.Reindexed(position),
            (IReadOnlyList<(int Order, int Trainees)>)[.. chosen.Enrollments.Select(e => (position[e.Order], e.Trainees)).OrderBy(e => e.Item1)]))]);
    }

    private static Dictionary<string, int> Served(List<ChosenClass> plan)
    {
        var served = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (order, trainees) in plan.SelectMany(c => c.Enrollments))
        {
            served[order] = served.GetValueOrDefault(order) + trainees;
        }

        return served;
    }

    /// <summary>
    /// Every neighbourhood (every saturated institution, then the courses with their competitors) re-planned by the
    /// greedy alone, kept when that lowers the objective; passes repeat while one gains, up to
    /// <see cref="SolveOptions.GreedySweeps"/>, each leaving out the neighbourhoods that did not change since their
    /// greedy gained nothing. A neighbourhood's greedy takes a fraction of a second where its MIP takes
    /// seconds, and on a plan built slice by slice it finds much of what the MIPs would, early. The MIPs follow.
    /// </summary>
    private List<ChosenClass> Sweep(List<ChosenClass> current, Func<double> secondsLeft, Action<double>? improved, CancellationToken cancellationToken)
    {
        // What each neighbourhood held when its greedy last gained nothing: unchanged, it is not tried again.
        var fruitless = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var pass = 0; pass < options.GreedySweeps; pass++)
        {
            var gained = false;
            foreach (var hood in Neighbourhoods(current, int.MaxValue).DistinctBy(h => h.Key))
            {
                if (fruitless.TryGetValue(hood.Key, out var held) && held == Fingerprint(hood, current))
                {
                    continue;
                }

                var started = Stopwatch.GetTimestamp();
                if (cancellationToken.IsCancellationRequested || !Fits(_longestSweep, secondsLeft()))
                {
                    return current;
                }

                var (better, gain) = Resolve(hood, current, secondsLeft, withMip: false, cancellationToken);
                _longestSweep = Math.Max(_longestSweep, Stopwatch.GetElapsedTime(started).TotalSeconds);
                SweepAttempts++;
                if (better is not null)
                {
                    current = better;
                    gained = true;
                    SweepImprovements++;
                    improved?.Invoke(gain);
                }
                else
                {
                    fruitless[hood.Key] = Fingerprint(hood, current);
                }
            }

            if (!gained)
            {
                break;
            }
        }

        return current;
    }

    /// <summary>
    /// The first <paramref name="count"/> institutions whose weekly class limit keeps unserved demand out of
    /// <paramref name="current"/>, those keeping most out first.
    /// </summary>
    private IEnumerable<string> Saturated(List<ChosenClass> current, int count) =>
        SaturatedInstitutions.Ranked(spaces, current, Booked(current, _ => true), calendar).Take(count);

    /// <summary>
    /// Each class at an institution whose weekly class limit keeps unserved demand out, taken out of the plan in turn
    /// (smallest first) and the plan repaired without it by <see cref="UnservedRepair"/>: kept when the repaired plan is
    /// cheaper. The repair may put the class's trainees elsewhere and the freed week to better use; a move takes a
    /// fraction of a neighbourhood MIP's time. Returns <paramref name="current"/> itself when nothing gains.
    /// </summary>
    private List<ChosenClass> Remove(List<ChosenClass> current, Func<double> secondsLeft, Action<double>? improved, CancellationToken cancellationToken)
    {
        var institutions = Saturated(current, options.InstitutionNeighbourhoods);
        var value = Objective(current);
        foreach (var institution in institutions)
        {
            var classes = current.Where(c => c.Class.Site.Institution.Id == institution)
                .OrderBy(c => c.Enrollments.Sum(e => e.Trainees)).Select(c => c.Class).ToList();
            foreach (var k in classes)
            {
                // The repair cannot be stopped half way: a move starts only if one as long as the longest repair fits.
                if (cancellationToken.IsCancellationRequested || !Fits(_longestRepair, secondsLeft()))
                {
                    return current;
                }

                // The class as the plan now holds it (the repair may have enrolled more in it), unless a move removed it.
                if (current.FirstOrDefault(c => ReferenceEquals(c.Class, k)) is not { } removed)
                {
                    continue;
                }

                var (repaired, _) = Repaired([.. current.Where(c => !ReferenceEquals(c, removed))]);
                var repairedValue = Objective(repaired);
                if (repairedValue < value - MinimumGain)
                {
                    improved?.Invoke(value - repairedValue);
                    current = repaired;
                    value = repairedValue;
                }
            }
        }

        return current;
    }

    /// <summary>
    /// The plan with what <see cref="UnservedRepair"/> serves of its unserved demand (free seats, then new classes), and
    /// what that saves; the repair is made the first time and kept, and the longest pass so far is recorded.
    /// </summary>
    private (List<ChosenClass> Plan, double Gain) Repaired(List<ChosenClass> current)
    {
        var started = Stopwatch.GetTimestamp();
        var repair = _repair ??= new UnservedRepair(spaces, generator, pinned, calendar, policy, options.MaxCandidatesPerModel);
        var (inserted, insertGain) = repair.Insert(current);
        var (opened, openGain) = repair.Open(inserted);
        _longestRepair = Math.Max(_longestRepair, Stopwatch.GetElapsedTime(started).TotalSeconds);
        return (opened, insertGain + openGain);
    }

    /// <summary>
    /// Whether a step that cannot be stopped half way, as long as <paramref name="longest"/> (the longest of its kind so
    /// far), still fits in <paramref name="secondsLeft"/> with a useful MIP after it.
    /// </summary>
    private static bool Fits(double longest, double secondsLeft) =>
        secondsLeft >= Math.Max(MinimumSecondsLeft, (longest * LongestAttemptMargin) + UsefulMipSeconds);

    /// <summary>Serves what unserved demand it can without a MIP: into classes with free seats, then in new classes.</summary>
    private List<ChosenClass> Repair(List<ChosenClass> current, Action<double>? improved)
    {
        var (repaired, gain) = Repaired(current);
        if (gain > MinimumGain)
        {
            improved?.Invoke(gain);
        }

        return repaired;
    }

    /// <summary>
    /// Neighbourhoods in the order they are tried: first the institutions whose weekly class limit keeps unserved demand
    /// out (<see cref="SolveOptions.InstitutionNeighbourhoods"/> of them, most unserved demand first), then courses by
    /// unserved priority-weighted demand (largest first), each with its competitors by how many of their classes sit on
    /// resources the course could use, then the course alone.
    /// </summary>
    private List<Neighbourhood> Neighbourhoods(List<ChosenClass> current, int institutionCount)
    {
        var institutions = new List<Neighbourhood>();
        if (institutionCount > 0)
        {
            institutions.AddRange(Saturated(current, institutionCount).Select(id => new Neighbourhood([], id)));
        }

        var served = Served(current);
        var focus = spaces
            .Select(s => (Space: s, Unserved: s.Orders.Sum(o => (double)Math.Max(0, o.Trainees - served.GetValueOrDefault(o.OrderId)) * o.Priority)))
            .Where(f => f.Unserved > 0)
            .OrderByDescending(f => f.Unserved)
            .ThenBy(f => f.Space.Course.Id, StringComparer.Ordinal)
            .Select(f => f.Space)
            .ToList();
        var rounds = new List<List<IReadOnlyList<CourseSpace>>>();
        foreach (var space in focus)
        {
            var partners = Competitors(space, current);
            var own = partners.Select(p => (IReadOnlyList<CourseSpace>)[space, p]).Append([space]).ToList();
            if (options.GroupCompetitors > 1 && partners.Count > 1)
            {
                own.Insert(0, [space, .. partners.Take(options.GroupCompetitors)]);
            }

            for (var r = 0; r < own.Count; r++)
            {
                if (rounds.Count <= r)
                {
                    rounds.Add([]);
                }

                rounds[r].Add(own[r]);
            }
        }

        // Round-robin: every course with its strongest competitors together first (so classes can move from saturated
        // institutions, trainers and rooms to idle ones across several courses at once), then every course with its
        // strongest competitor, then with its second, and so on.
        return [.. institutions, .. rounds.SelectMany(r => r).Select(h => new Neighbourhood(h))];
    }

    private List<CourseSpace> Competitors(CourseSpace space, List<ChosenClass> current)
    {
        var score = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var chosen in current)
        {
            var k = chosen.Class;
            if (k.Course.Id == space.Course.Id || !_byCourse.ContainsKey(k.Course.Id))
            {
                continue;
            }

            var hits = space.SharedResources(k);
            if (hits > 0)
            {
                score[k.Course.Id] = score.GetValueOrDefault(k.Course.Id) + hits;
            }
        }

        return [.. score.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).Select(s => _byCourse[s.Key])];
    }

    private (List<ChosenClass>? Better, double Gain) Resolve(Neighbourhood hood, List<ChosenClass> current,
        Func<double> secondsLeft, bool withMip, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var freed = Freed(hood);
        var solved = Solved(hood, current, freed);
        if (solved.Count == 0)
        {
            return (null, 0);
        }

        var ledger = Booked(current, c => !freed(c));
        var kept = current.Where(c => !freed(c)).ToList();
        var orders = solved.SelectMany(s => s.Orders).ToList();
        var orderIds = orders.Select(o => o.OrderId).ToList();
        var incumbent = AsSolution(current.Where(freed), orders);
        var generated = generator.Generate(solved, ledger, options.MaxCandidatesPerModel, diagnostics: null);
        var candidates = generated.Candidates.Concat(incumbent.Classes.Select(c => c.Class)).ToList();
        var greedy = GreedyPlanner.Build(orders, candidates, ledger, policy.UnservedTraineePenalty, previous);
        var penalty = policy.UnservedTraineePenalty;
        var incumbentValue = Value(incumbent, orders);
        var start = Value(greedy, orders) < incumbentValue ? greedy : incumbent;
        if (!withMip)
        {
            return Accepted(start, incumbentValue, kept, orders, orderIds);
        }

        var group = hood.Courses.Count > 2;
        var restricted = group
            ? CandidateSelector.Restrict(candidates, orders, start, options.MaxGroupMipCandidates, options.MipCandidatesPerOrder,
                options.GroupCandidatesPerInstitution, penalty)
            : CandidateSelector.Restrict(candidates, orders, start, options.MaxMipCandidates, options.MipCandidatesPerOrder * PerOrderWidening, penalty);
        if (restricted.Count == 0)
        {
            return (null, 0);
        }

        using var model = new SliceModel(orders, restricted, ledger, policy, previous);
        model.SetStart(start);
        lock (_gate)
        {
            _longestPreparation = Math.Max(_longestPreparation, Stopwatch.GetElapsedTime(started).TotalSeconds);
        }

        // The node limit is the MIP's work; what is left of the run only guards it.
        var mipSeconds = secondsLeft() - SolveMargin;
        SliceSolution? solution = null;
        if (mipSeconds >= MinimumMipSeconds)
        {
            (_, solution) = model.Solve(new CbcOptions
            {
                TimeLimitSeconds = mipSeconds,
                // One CBC thread (SolveOptions.Threads): neighbourhoods re-solved side by side each run in a process of
                // their own, or take turns here. A process of its own stops at the wall clock: on a loaded machine its
                // CPU time falls behind, and a limit counted in CPU time ran seconds past the run's end.
                CpuShare = Lanes > 1 ? Math.Min(1, pace.Share()) : pace.Share(),
                WallClockLimit = OwnProcesses,
                Executable = OwnProcesses ? options.CbcExecutable : null,
                MaximumNodes = options.NeighbourhoodMipNodes,
                Seed = options.Seed,
                RelativeGap = options.RelativeGap,
                // As in the construction: CBC 2.10 can crash in preprocessing when given a MIP start.
                Preprocess = "off",
                CutPasses = options.NeighbourhoodCutPasses,
                CutGenerators = options.NeighbourhoodCuts,
                StrongBranching = options.SearchStrongBranching,
                Heuristics = options.NeighbourhoodHeuristics,
            }, progress: null, cancellationToken);
        }

        var best = solution is not null && Value(solution, orders) < Value(start, orders) ? solution : start;
        return Accepted(best, incumbentValue, kept, orders, orderIds);
    }

    /// <summary>The plan with the neighbourhood's classes replaced by <paramref name="best"/>'s, if that gains; otherwise none.</summary>
    private (List<ChosenClass>? Better, double Gain) Accepted(SliceSolution best, double incumbentValue, List<ChosenClass> kept,
        IReadOnlyList<DemandItem> orders, List<string> orderIds)
    {
        var bestValue = Value(best, orders);
        if (bestValue > incumbentValue - MinimumGain)
        {
            return (null, 0);
        }

        var result = new List<ChosenClass>(kept);
        foreach (var (k, enrollments) in best.Classes)
        {
            result.Add(new ChosenClass(k, orderIds, [.. enrollments.Select(e => (orderIds[e.Order], e.Trainees))]));
        }

        return (result, incumbentValue - bestValue);
    }

    /// <summary>Whether a class of the plan is freed by the neighbourhood.</summary>
    private static Func<ChosenClass, bool> Freed(Neighbourhood hood)
    {
        if (hood.Institution is { } institution)
        {
            return c => c.Class.Site.Institution.Id == institution;
        }

        var courses = new HashSet<string>(hood.Courses.Select(s => s.Course.Id), StringComparer.Ordinal);
        return c => courses.Contains(c.Class.Course.Id);
    }

    /// <summary>The orders a neighbourhood re-plans, as course spaces: its courses whole, or those around its institution.</summary>
    private IReadOnlyList<CourseSpace> Solved(Neighbourhood hood, List<ChosenClass> current, Func<ChosenClass, bool> freed) =>
        hood.Institution is { } institution ? AroundInstitution(institution, current, freed) : hood.Courses;

    /// <summary>
    /// What a neighbourhood holds in <paramref name="current"/>: its classes with their enrollments and, around an
    /// institution, the missing trainees of the orders that may attend it. Equal fingerprints, equal neighbourhoods.
    /// </summary>
    private string Fingerprint(Neighbourhood hood, List<ChosenClass> current)
    {
        var freed = Freed(hood);
        var parts = current.Where(freed)
            .Select(c => $"{c.Class.Describe()}:{string.Join(',', c.Enrollments.Select(e => $"{e.Order}={e.Trainees}"))}")
            .ToList();
        if (hood.Institution is { } institution)
        {
            var served = Served(current);
            parts.AddRange(spaces.SelectMany(s => s.Orders)
                .Where(o => o.Trainees > served.GetValueOrDefault(o.OrderId) && o.Eligibility.Sites.Any(x => x.Institution.Id == institution))
                .Select(o => $"{o.OrderId}-{o.Trainees - served.GetValueOrDefault(o.OrderId)}"));
        }

        parts.Sort(StringComparer.Ordinal);
        return string.Join('|', parts);
    }

    /// <summary>The resources the pinned classes and the classes of <paramref name="current"/> that <paramref name="keep"/> selects use.</summary>
    private ResourceLedger Booked(List<ChosenClass> current, Func<ChosenClass, bool> keep)
    {
        var ledger = new ResourceLedger(calendar);
        foreach (var pin in pinned)
        {
            ledger.Book(pin.Institution, pin.Trainer, pin.Room, pin.Sessions);
        }

        foreach (var chosen in current.Where(keep))
        {
            ledger.Book(chosen.Class);
        }

        return ledger;
    }

    /// <summary>
    /// The orders an institution neighbourhood re-plans, as course spaces: those enrolled in a freed class and the
    /// unserved ones that may attend the institution, each with the trainees the classes kept do not hold.
    /// </summary>
    private List<CourseSpace> AroundInstitution(string institution, List<ChosenClass> current, Func<ChosenClass, bool> freed)
    {
        var servedByKept = new Dictionary<string, int>(StringComparer.Ordinal);
        var servedByFreed = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var chosen in current)
        {
            var served = freed(chosen) ? servedByFreed : servedByKept;
            foreach (var (order, trainees) in chosen.Enrollments)
            {
                served[order] = served.GetValueOrDefault(order) + trainees;
            }
        }

        var result = new List<CourseSpace>();
        foreach (var space in spaces)
        {
            var items = new List<DemandItem>();
            foreach (var item in space.Orders)
            {
                var open = item.Trainees - servedByKept.GetValueOrDefault(item.OrderId);
                var unserved = open - servedByFreed.GetValueOrDefault(item.OrderId) > 0
                               && item.Eligibility.Sites.Any(s => s.Institution.Id == institution);
                if (open > 0 && (servedByFreed.ContainsKey(item.OrderId) || unserved))
                {
                    items.Add(item with { Trainees = open });
                }
            }

            if (items.Count > 0)
            {
                result.Add(space.With(items));
            }
        }

        return result;
    }

    /// <summary>
    /// The neighbourhood's share of the objective: its classes' costs, its orders' unserved penalties, less the change
    /// penalty saved by each previous class of its courses that one of its classes keeps.
    /// </summary>
    private double Value(SliceSolution solution, IReadOnlyList<DemandItem> orders)
    {
        var kept = previous.Count(p => solution.Classes.Any(c => c.Class.SameDecisionsAs(p)));
        return solution.ModelObjective(orders, policy.UnservedTraineePenalty) - (kept * policy.ChangePenalty);
    }
}
