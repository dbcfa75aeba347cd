using System.Diagnostics;
using OrderMatch.Domain.Calendar;
using OrderMatch.Domain.Checking;
using OrderMatch.Domain.Model;
using OrderMatch.Solver.Cbc;
using OrderMatch.Solver.Planning;

namespace OrderMatch.Solver;

/// <summary>
/// Turns a scenario into the best plan the time allows.
/// Pipeline: eligibility pre-filtering → pinned classes booked → demand grouped by course into slices → per slice,
/// candidate classes (site × trainer × pattern × start week), a greedy start, and a CBC MIP over openings and
/// enrollments with per-slot resource rows → plan assembled, priced by <see cref="PlanEvaluator"/>, explained.
/// When every candidate fits one model the MIP is exact and its bound proves optimality; otherwise slices are solved
/// in order of priority-weighted demand, each on what earlier slices left, then improved by a large-neighbourhood search.
/// From scratch, where the whole-class LP behind the bound is small enough, <see cref="ClassColumnDive"/> builds the
/// search's start in place of the slices.
/// Decision pins restrict the orders they name from eligibility on. Work is counted (nodes, neighbourhoods), never
/// timed, so runs repeat; the time limit is an outer guard. The proven bound is the best of <see cref="LowerBound"/>,
/// <see cref="CapacityBound"/>, <see cref="ClassColumnBound"/> and, for an exact model, CBC's bound; the two
/// relaxations run on a thread of their own beside the search.
/// </summary>
public static class PlanOptimizer
{
    /// <summary>A slice MIP guarded by less than this is not started (CBC's root node alone may take longer).</summary>
    private const double MinimumGuardSeconds = 1.0;

    public static SolveReport Solve(Scenario scenario, SolveOptions options, IProgress<SolveProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        if (PinConflicts.Find(scenario) is { Count: > 0 } conflicts)
        {
            throw new PinConflictException(conflicts);
        }

        var phases = new PhaseClock(clock);
        var pace = new CpuPace(options.Threads);
        var index = new ScenarioIndex(scenario);
        var calendar = new ScenarioCalendar(scenario.Horizon);
        var policy = scenario.Policy;
        var decisionPins = new PinnedDecisions(options.DecisionPins);
        var eligibility = EligibilityAnalyzer.Analyze(index, decisionPins);
        var ledger = new ResourceLedger(calendar);
        var pinned = scenario.Pinned.Select(p => PinConflicts.WithSessions(p, index, calendar)).ToList();
        var pinnedTrainees = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var pin in pinned)
        {
            ledger.Book(pin.Institution, pin.Trainer, pin.Room, pin.Sessions);
            foreach (var enrollment in pin.Enrollments)
            {
                pinnedTrainees[enrollment.Order] = pinnedTrainees.GetValueOrDefault(enrollment.Order) + enrollment.Trainees;
            }
        }

        var demand = scenario.Orders
            .Select(o => new DemandItem(eligibility[o.Id], Math.Max(0, o.Trainees - pinnedTrainees.GetValueOrDefault(o.Id))))
            .Where(d => d.Trainees > 0 && d.Eligibility.Blockers.Count == 0)
            .ToList();
        var spaces = demand.GroupBy(d => d.Eligibility.Course.Id, StringComparer.Ordinal)
            .Select(g => new CourseSpace(index.Courses[g.Key], [.. g], calendar, index, decisionPins))
            .OrderByDescending(s => s.Orders.Sum(o => (double)o.Trainees * o.Priority))
            .ThenBy(s => s.Course.Id, StringComparer.Ordinal)
            .ToList();
        phases.End("eligibility");
        var ceilings = new ClassCeilings();
        var unreachable = PoolReach.Unreachable(spaces, ceilings);
        // The relaxations that raise the bound run beside the search (it does not depend on them); until they are
        // done, progress shows the separable bound.
        var separable = LowerBound.Of(index, pinned, demand, scenario.Orders, pinnedTrainees, unreachable, ceilings);
        var pricesFound = new TaskCompletionSource<WeekPrices?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var raising = Task.Run(() => LowerBound.WithCapacity(index, calendar, pinned, demand, pinnedTrainees, unreachable, ceilings, spaces,
            options.TimeLimitSeconds * options.CapacityBoundShare, cancellationToken, p => pricesFound.TrySetResult(p)), CancellationToken.None);
        double Bound() => raising.IsCompletedSuccessfully ? raising.Result.Bound : separable;
        phases.End("bound");
        var weeks = scenario.Horizon.Weeks;
        var singleSlice = spaces.Sum(s => s.ExhaustiveSize(weeks)) <= options.MaxCandidatesPerModel;
        var slices = singleSlice ? [spaces] : spaces.Select(s => (IReadOnlyList<CourseSpace>)[s]).ToList();
        var previous = scenario.PreviousPlan?.Classes ?? [];
        var generator = new CandidateGenerator(calendar, policy, previous);
        var diagnostics = new Dictionary<string, OrderDiagnostics>(StringComparer.Ordinal);
        var timedOut = new HashSet<string>(StringComparer.Ordinal);
        var exhaustiveOrders = new HashSet<string>(StringComparer.Ordinal);
        var chosen = new List<ChosenClass>();
        var totalCandidates = 0;
        var columns = 0;
        var rows = 0;
        (double Bound, double Model)? exactBound = null;
        var allProven = true;
        var sliceSeconds = 0.0;
        var builtSeconds = 0.0;
        var builtWork = 0.0;
        // What the slices not built yet count for in progress reports: their demand unserved, or their first-come classes.
        var pendingCost = demand.Sum(d => d.Trainees * d.Priority * policy.UnservedTraineePenalty);
        // Cost fixed before the search: pinned classes and orders no institution may serve. Progress reports add it so
        // that "best" is always the objective of a complete plan.
        var pinnedCost = PlanEvaluator.Objective(index, pinned, []);
        var doneCost = pinnedCost.Total - pinnedCost.Changes - pinnedCost.Unserved + scenario.Orders
            .Where(o => eligibility[o.Id].Blockers.Count > 0)
            .Sum(o => Math.Max(0, o.Trainees - pinnedTrainees.GetValueOrDefault(o.Id)) * o.Priority * policy.UnservedTraineePenalty);
        // Sliced runs keep part of the time for the neighbourhood search; slices share what is before that point.
        var reserved = singleSlice ? [] : Reservable(previous, index, calendar, ledger);
        var pinnedLedger = ledger.Clone();
        var sliceOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < slices.Count; i++)
        {
            foreach (var space in slices[i])
            {
                sliceOf[space.Course.Id] = i;
            }
        }

        var constructionLimit = singleSlice ? options.TimeLimitSeconds : options.TimeLimitSeconds * (1 - options.ImprovementShare);
        // Sliced from scratch at scale: first come, first served gives every slice a start it can always return to (not
        // when re-planning, where the plan in force is the start to keep close to).
        var firstCome = singleSlice || previous.Count > 0 || !options.FirstComeStart || scenario.Orders.Count < options.FirstComeMinimumOrders ? null
            : FirstCome(spaces, scenario, ledger, calendar, generator, options.TimeLimitSeconds * options.FirstComeShare, cancellationToken);
        if (firstCome is not null)
        {
            // With the first-come classes of every slice the plan is complete before any slice is built.
            pendingCost = slices.Sum(slice => firstCome.For(slice[0].Course.Id).ModelObjective(slice[0].Orders, policy.UnservedTraineePenalty));
            progress?.Report(new SolveProgress("first come", doneCost + pendingCost, Bound(), clock.Elapsed.TotalSeconds, 0, slices.Count));
            phases.End("first come");
        }

        // From scratch where the whole-class LP is small enough (a city), a dive over it builds the plan in place of the
        // slices; one that does not finish in its share is dropped and the slices are built.
        var dive = !singleSlice && firstCome is null && previous.Count == 0 && options.DiveShare > 0
            ? ClassColumnDive.Plan(index, calendar, spaces, unreachable, pinned, generator, options.TimeLimitSeconds * options.DiveShare, cancellationToken)
            : null;
        var dived = dive is { Finished: true } ? dive.Classes : null;

        // Slices built one by one are charged the whole-class LP's prices of the institutions' weeks, so that the first
        // ones leave the weeks later ones need most. Not with a first-come start (at scale there is no such LP).
        var weekPrices = dived is null && !singleSlice && firstCome is null && options.PriceInstitutionWeeks
            ? pricesFound.Task.GetAwaiter().GetResult()
            : null;
        var works = slices.Select(SliceWork).ToArray();
        var laterWork = new double[slices.Count];
        for (var i = slices.Count - 2; i >= 0; i--)
        {
            laterWork[i] = laterWork[i + 1] + works[i + 1];
        }

        if (dived is not null)
        {
            // The explanations read what candidate generation records per order: each slice's candidates are generated
            // once on the pinned classes' bookings, for that alone.
            var started = clock.Elapsed.TotalSeconds;
            foreach (var slice in slices)
            {
                var orders = slice.SelectMany(s => s.Orders).Select(o => o.OrderId).ToList();
                var set = generator.Generate(slice, ledger, options.MaxCandidatesPerModel, diagnostics);
                totalCandidates += set.Candidates.Count;
                timedOut.UnionWith(orders);
                if (set.Exhaustive)
                {
                    exhaustiveOrders.UnionWith(orders);
                }
            }

            allProven = false;
            chosen = dived;
            sliceSeconds = clock.Elapsed.TotalSeconds - started;
            doneCost = PlanCost(scenario, index, pinned, chosen, previous, calendar);
            pendingCost = 0;
            progress?.Report(new SolveProgress("dive", doneCost, Bound(), clock.Elapsed.TotalSeconds, slices.Count, slices.Count));
        }

        // The slices, unless the dive built the plan.
        for (var i = 0; dived is null && i < slices.Count; i++)
        {
            var slice = slices[i];
            var orders = slice.SelectMany(s => s.Orders).ToList();
            // The course's first-come classes (none without the start, when the slice is pending at its demand unserved).
            var own = firstCome?.For(slice[0].Course.Id) ?? SliceSolution.Empty;
            var slicePending = own.ModelObjective(orders, policy.UnservedTraineePenalty);
            var left = options.TimeLimitSeconds - options.FinishingSeconds - clock.Elapsed.TotalSeconds;
            // A slice's candidate generation cannot be stopped half way, so a slice is started only if slices of its
            // size have so far been built (generated and started greedily) in the time left.
            var work = works[i];
            if (cancellationToken.IsCancellationRequested || left <= 0 || (builtWork > 0 && builtSeconds / builtWork * work > left))
            {
                allProven = false;
                timedOut.UnionWith(orders.Select(o => o.OrderId));
                if (firstCome is not null)
                {
                    // Its first-come classes held their resources all along, so they stand in for it, at the cost it is
                    // already counted at.
                    Keep(own, orders, ledger, chosen);
                }

                continue;
            }

            var sliceStarted = clock.Elapsed.TotalSeconds;
            // Classes of the plan in force that later slices may keep hold their resources until their slice comes.
            var later = reserved.Where(r => sliceOf.TryGetValue(r.Course, out var j) && j > i).ToList();
            var held = firstCome is not null && i + 1 < slices.Count;
            var sliceLedger = later.Count == 0 && !held ? ledger : ledger.Clone();
            foreach (var r in later)
            {
                sliceLedger.Book(r.Institution, r.Trainer, r.Room, r.Sessions);
            }

            for (var j = i + 1; held && j < slices.Count; j++)
            {
                firstCome!.Reserve(sliceLedger, slices[j][0].Course.Id);
            }

            var set = generator.Generate(slice, sliceLedger, options.MaxCandidatesPerModel, diagnostics);
            if (later.Count > 0 || held)
            {
                // What the reservations hold back is not searched here, so the slice's candidates are not all there are.
                set = set with { Exhaustive = false };
            }

            if (own.Classes.Count > 0)
            {
                set = set with { Candidates = [.. set.Candidates, .. own.Classes.Select(c => c.Class)] };
            }

            if (set.Exhaustive)
            {
                exhaustiveOrders.UnionWith(orders.Select(o => o.OrderId));
            }

            Func<SliceSolution, SliceSolution> restore = solution => solution;
            if (weekPrices is not null)
            {
                var (charged, back) = weekPrices.Charge(set.Candidates, previous);
                set = set with { Candidates = charged };
                restore = back;
            }

            totalCandidates += set.Candidates.Count;
            var greedy = GreedyPlanner.Build(orders, set.Candidates, sliceLedger, policy.UnservedTraineePenalty, previous);
            if (own.Classes.Count > 0 && slicePending < greedy.ModelObjective(orders, policy.UnservedTraineePenalty) - 1e-6)
            {
                greedy = own;
            }

            builtSeconds += clock.Elapsed.TotalSeconds - sliceStarted;
            builtWork += work;
            var best = greedy;
            // The MIP's work is its node limit, and the clock guards it. With a first-come start (thousands of orders)
            // the MIPs are larger than their node limit lets finish in any fair share, so each gets an equal share of
            // what the construction has left once building the later slices (at the pace seen so far) is set aside;
            // otherwise it may use what is left, less a little for each later slice, and its node limit ends it.
            var secondsLeft = constructionLimit - clock.Elapsed.TotalSeconds;
            var guard = Math.Min(left, firstCome is not null
                ? SliceGuard(secondsLeft, slices.Count - i, laterWork[i] * builtSeconds / builtWork)
                : secondsLeft - (MinimumGuardSeconds * (slices.Count - i - 1)));
            var proven = false;
            var mipLimit = singleSlice ? options.MaxExactMipCandidates : options.MaxMipCandidates;
            var mipCandidates = CandidateSelector.Restrict(set.Candidates, orders, greedy, mipLimit,
                options.MipCandidatesPerOrder, options.MipCandidatesPerInstitution, policy.UnservedTraineePenalty);
            var complete = mipCandidates.Count == set.Candidates.Count;
            if (mipCandidates.Count > 0 && guard < MinimumGuardSeconds)
            {
                // No time left for a MIP: the greedy start stands.
            }
            else if (mipCandidates.Count > 0)
            {
                using var model = new SliceModel(orders, mipCandidates, sliceLedger, policy, previous);
                columns += model.Columns;
                rows += model.Rows;
                model.SetStart(greedy);
                var cbcOptions = new CbcOptions
                {
                    TimeLimitSeconds = guard,
                    CpuShare = pace.Share(),
                    MaximumNodes = singleSlice ? options.ExactMipNodes : options.SliceMipNodes,
                    CutPasses = firstCome is null ? null : options.SliceCutPasses,
                    // The cores go to CBC's parallel mode only for an exact model; sliced runs use them for
                    // neighbourhoods side by side (SolveOptions.Threads).
                    Threads = singleSlice ? options.Threads : 1,
                    Seed = options.Seed,
                    RelativeGap = singleSlice ? options.RelativeGap : options.SliceRelativeGap,
                    StrongBranching = singleSlice ? null : options.SearchStrongBranching,
                    // CBC 2.10 can crash in CglPreProcess::postProcess when a MIP start meets preprocessing
                    // (seen on tier S slices with "sos" and "on"); the start matters more here than preprocessing.
                    Preprocess = "off",
                };
                var (result, solution) = model.Solve(cbcOptions, progress: null, cancellationToken);
                if (solution is not null
                    && solution.ModelObjective(orders, policy.UnservedTraineePenalty) + model.KeepSavings(solution)
                       <= greedy.ModelObjective(orders, policy.UnservedTraineePenalty) + model.KeepSavings(greedy) + 1e-6)
                {
                    best = solution;
                }

                // A slice stopped within its own, wider gap is not proven: only a gap closed to RelativeGap is.
                proven = result.Status == CbcStatus.Optimal && complete && (singleSlice || result.RelativeGap <= options.RelativeGap);
                if (singleSlice && set.Exhaustive && complete && result.BestBound is { } mipBound)
                {
                    var modelObjective = best.ModelObjective(orders, policy.UnservedTraineePenalty) + model.KeepSavings(best);
                    exactBound = (mipBound, modelObjective);
                }
            }
            else
            {
                proven = true;
            }

            if (!proven)
            {
                allProven = false;
                timedOut.UnionWith(orders.Select(o => o.OrderId));
            }

            allProven &= (set.Exhaustive && complete) || set.Candidates.Count == 0;
            best = restore(best);
            Keep(best, orders, ledger, chosen);
            sliceSeconds += clock.Elapsed.TotalSeconds - sliceStarted;
            var sliceCost = best.ModelObjective(orders, policy.UnservedTraineePenalty);
            doneCost += sliceCost;
            pendingCost -= slicePending;
            progress?.Report(new SolveProgress("slice", doneCost + pendingCost, Bound(), clock.Elapsed.TotalSeconds, i + 1, slices.Count));
        }

        if (!singleSlice && previous.Count > 0)
        {
            // Slices built one at a time may each leave the plan in force for a local gain that later slices pay for;
            // the search starts from whichever is cheaper, what they built or the plan in force kept as far as it may be.
            var kept = Kept(spaces, pinnedLedger, generator, previous);
            var keptCost = PlanCost(scenario, index, pinned, kept, previous, calendar);
            if (keptCost < PlanCost(scenario, index, pinned, chosen, previous, calendar) - 1e-6)
            {
                chosen = kept;
                doneCost = keptCost;
                pendingCost = 0;
            }
        }

        phases.End("construction");
        // The greedy sweep re-plans what slices built one at a time left; after a dive it cost more time than it gained (on
        // tier S seeds 1–12 at 60 s the plans without it were 1.2 % cheaper in sum, cheaper on 10 of 12).
        var searchOptions = dived is null ? options with { RedivesPerSecond = 0 } : options with { GreedySweeps = 0 };
        var search = new NeighbourhoodSearch(index, spaces, generator, pinned, calendar, policy, previous, searchOptions, pace);
        if (!singleSlice)
        {
            var incumbentCost = doneCost + pendingCost;
            chosen = search.Improve(chosen, () => options.TimeLimitSeconds - options.FinishingSeconds - clock.Elapsed.TotalSeconds, sliceSeconds / Math.Max(1, slices.Count), gain =>
            {
                incumbentCost -= gain;
                progress?.Report(new SolveProgress("improve", incumbentCost, Bound(), clock.Elapsed.TotalSeconds, slices.Count, slices.Count));
            }, cancellationToken);
        }

        phases.End("improvement");
        var classes = Assemble(pinned, chosen, previous, calendar);
        var explainer = new UnassignedExplainer(index, eligibility, diagnostics, timedOut, decisionPins);
        var unassigned = Unassigned(scenario, classes, explainer);
        var exact = PlanEvaluator.Objective(index, classes, unassigned);
        var objective = PlanEvaluator.Rounded(exact);
        var unservable = Unservable(demand, diagnostics, exhaustiveOrders);
        unservable.UnionWith(unreachable);
        var provenBound = LowerBound.Of(index, pinned, demand, scenario.Orders, pinnedTrainees, unservable, ceilings);
        if (exactBound is var (mipBoundValue, modelObjectiveValue))
        {
            // The MIP objective differs from the plan's only by terms fixed before the MIP (pins, the change
            // penalty's constant part), so plan objective - model objective + MIP bound is a bound on the plan.
            provenBound = Math.Max(provenBound, exact.Total - modelObjectiveValue + mipBoundValue);
        }

        var (_, capacityBound) = raising.GetAwaiter().GetResult();
        provenBound = Math.Max(provenBound, capacityBound ?? double.NegativeInfinity);
        provenBound = Math.Min(provenBound, exact.Total);
        var optimal = allProven && singleSlice && exactBound is not null || exact.Total - provenBound <= 1e-6 * Math.Max(1, Math.Abs(exact.Total));
        var status = optimal ? SolverStatus.Optimal : timedOut.Count > 0 ? SolverStatus.TimeLimit : SolverStatus.Feasible;
        var plan = new Plan
        {
            Scenario = scenario.Name,
            Classes = classes,
            Unassigned = unassigned,
            Objective = objective,
            Kpis = PlanEvaluator.Kpis(index, classes),
            Solver = new SolverInfo { Status = status, Bound = Math.Round(provenBound, 2, MidpointRounding.ToZero), Seconds = Math.Round(clock.Elapsed.TotalSeconds, 3) },
        };
        phases.End("finishing");
        progress?.Report(new SolveProgress("done", objective.Total, provenBound, clock.Elapsed.TotalSeconds, slices.Count, slices.Count));
        return new SolveReport(plan, slices.Count, totalCandidates, singleSlice && allProven, columns, rows)
        {
            DivedClasses = dived?.Count,
            NeighbourhoodsTried = search.Attempts,
            NeighbourhoodsImproved = search.Improvements,
            NeighbourhoodsSwept = search.SweepAttempts,
            SweepImprovements = search.SweepImprovements,
            NeighbourhoodsRedived = search.RediveAttempts,
            RediveImprovements = search.RediveImprovements,
            Phases = phases.Timings,
        };
    }

    /// <summary>First come, first served as the construction's start, or none if it is stopped or runs out of its time.</summary>
    private static FirstComeStart? FirstCome(IReadOnlyList<CourseSpace> spaces, Scenario scenario, ResourceLedger ledger, ScenarioCalendar calendar,
        CandidateGenerator generator, double seconds, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(TimeSpan.FromSeconds(seconds));
        try
        {
            return FirstComeStart.Plan(spaces, scenario.Orders, ledger, calendar, scenario.Policy, generator, limit.Token);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>
    /// The plan in force kept as far as the rules and the pins allow: each of its classes that a candidate still
    /// repeats decision for decision, with its former enrollments (as far as its orders still ask for them), while the
    /// class keeps its size and chunk rules (H5, H11) and its resources are free.
    /// </summary>
    private static List<ChosenClass> Kept(IReadOnlyList<CourseSpace> spaces, ResourceLedger pinnedLedger, CandidateGenerator generator,
        IReadOnlyList<PlanClass> previous)
    {
        var ledger = pinnedLedger.Clone();
        var orders = spaces.SelectMany(s => s.Orders).ToList();
        var position = Enumerable.Range(0, orders.Count).ToDictionary(o => orders[o].OrderId, StringComparer.Ordinal);
        var remaining = orders.Select(o => o.Trainees).ToArray();
        var candidates = generator.Repeating(spaces, ledger, diagnostics: null);
        var classes = new List<(CandidateClass Class, IReadOnlyList<(int Order, int Trainees)> Enrollments)>();
        foreach (var former in previous)
        {
            if (candidates.FirstOrDefault(c => c.SameDecisionsAs(former) && ledger.Admits(c)) is not { } k)
            {
                continue;
            }

            List<(int Order, int Trainees)> enrollments = [.. former.Enrollments
                .Where(e => position.ContainsKey(e.Order) && k.Orders.Any(x => x.Order == position[e.Order]))
                .Select(e => (position[e.Order], Math.Min(e.Trainees, remaining[position[e.Order]])))
                .Where(e => e.Item2 > 0)];
            var size = enrollments.Sum(e => e.Trainees);
            var chunksKept = enrollments.All(e =>
            {
                var order = orders[e.Order].Eligibility.Order;
                return order.Splittable ? e.Trainees >= order.MinChunk : e.Trainees == orders[e.Order].Trainees;
            });
            if (size < k.Course.MinSize || size > k.Capacity || !chunksKept)
            {
                continue;
            }

            ledger.Book(k);
            foreach (var (o, n) in enrollments)
            {
                remaining[o] -= n;
            }

            classes.Add((k, enrollments));
        }

        var kept = new List<ChosenClass>();
        Keep(new SliceSolution(classes), orders, pinnedLedger.Clone(), kept);
        return kept;
    }

    /// <summary>The objective of the plan the chosen classes make, with every trainee they leave out unserved.</summary>
    private static double PlanCost(Scenario scenario, ScenarioIndex index, List<PlanClass> pinned, List<ChosenClass> chosen,
        IReadOnlyList<PlanClass> previous, ScenarioCalendar calendar)
    {
        var classes = Assemble(pinned, chosen, previous, calendar);
        var served = classes.SelectMany(c => c.Enrollments).GroupBy(e => e.Order, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(e => e.Trainees), StringComparer.Ordinal);
        List<Unassigned> unassigned = [.. scenario.Orders
            .Where(o => o.Trainees > served.GetValueOrDefault(o.Id))
            .Select(o => new Unassigned { Order = o.Id, Trainees = o.Trainees - served.GetValueOrDefault(o.Id) })];
        return PlanEvaluator.Objective(index, classes, unassigned).Total;
    }

    /// <summary>Books a slice's classes and adds them to the plan's.</summary>
    private static void Keep(SliceSolution solution, IReadOnlyList<DemandItem> orders, ResourceLedger ledger, List<ChosenClass> chosen)
    {
        var orderIds = orders.Select(o => o.OrderId).ToList();
        foreach (var (k, enrollments) in solution.Classes)
        {
            ledger.Book(k);
            chosen.Add(new ChosenClass(k, orderIds, [.. enrollments.Select(e => (orderIds[e.Order], e.Trainees))]));
        }
    }

    /// <summary>
    /// The classes of the plan in force that the rules and the pins still admit, each with its sessions, taken in plan
    /// order while they do not collide with one another: those the construction holds resources for.
    /// </summary>
    private static List<PlanClass> Reservable(IReadOnlyList<PlanClass> previous, ScenarioIndex index, ScenarioCalendar calendar, ResourceLedger ledger)
    {
        var result = new List<PlanClass>();
        if (previous.Count == 0)
        {
            return result;
        }

        var trial = ledger.Clone();
        foreach (var former in previous)
        {
            if (!index.Trainers.TryGetValue(former.Trainer, out var trainer) || !index.Institutions.TryGetValue(former.Institution, out var institution)
                || !index.Courses.ContainsKey(former.Course))
            {
                continue;
            }

            var withSessions = PinConflicts.WithSessions(former, index, calendar);
            if (withSessions.Sessions.Count > 0 && trial.Admits(withSessions, trainer, institution))
            {
                trial.Book(withSessions.Institution, withSessions.Trainer, withSessions.Room, withSessions.Sessions);
                result.Add(withSessions);
            }
        }

        return result;
    }

    /// <summary>
    /// The seconds a slice's MIP may take at scale: an equal share, among the <paramref name="slicesLeft"/> slices from
    /// this one on, of the construction's <paramref name="secondsLeft"/> less <paramref name="laterBuilding"/>, the time
    /// building the later slices will take.
    /// </summary>
    internal static double SliceGuard(double secondsLeft, int slicesLeft, double laterBuilding) =>
        Math.Max(0, secondsLeft - laterBuilding) / Math.Max(1, slicesLeft);

    /// <summary>A slice's size for estimating how long building its candidates takes: (site, order) pairs × patterns.</summary>
    private static double SliceWork(IReadOnlyList<CourseSpace> slice) =>
        slice.Sum(s => (1.0 + s.SiteOrders.Sum(o => o.Count)) * Math.Max(1, s.Patterns.Count));

    /// <summary>Orders no class can serve in any plan, from what candidate generation established.</summary>
    private static HashSet<string> Unservable(List<DemandItem> demand, Dictionary<string, OrderDiagnostics> diagnostics, HashSet<string> exhaustive)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in demand)
        {
            if (diagnostics.TryGetValue(item.OrderId, out var d)
                && (!d.HasTrainer || !d.HasTime || (exhaustive.Contains(item.OrderId) && (!d.HasAvailableTime || !d.HasEnoughDemand))))
            {
                result.Add(item.OrderId);
            }
        }

        return result;
    }

    private static List<PlanClass> Assemble(List<PlanClass> pinned,
        List<ChosenClass> chosen,
        IReadOnlyList<PlanClass> previous, ScenarioCalendar calendar)
    {
        var classes = new List<PlanClass>(pinned);
        var used = new HashSet<string>(pinned.Select(p => p.Id), StringComparer.Ordinal);
        used.UnionWith(previous.Select(p => p.Id));
        var next = 1;
        foreach (var (k, _, enrollments) in chosen.OrderBy(c => c.Class.Course.Id, StringComparer.Ordinal)
                     .ThenBy(c => c.Class.Sessions[0].Date).ThenBy(c => c.Class.Site.Institution.Id, StringComparer.Ordinal)
                     .ThenBy(c => c.Class.Trainer.Id, StringComparer.Ordinal))
        {
            var kept = previous.FirstOrDefault(p => k.SameDecisionsAs(p) && classes.All(c => c.Id != p.Id));
            string id;
            if (kept is not null)
            {
                id = kept.Id;
            }
            else
            {
                do
                {
                    id = $"K{next++:D4}";
                }
                while (used.Contains(id));
            }

            used.Add(id);
            var pattern = k.Pattern.ToList();
            pattern.Sort(calendar.CompareSlots);
            classes.Add(new PlanClass
            {
                Id = id,
                Course = k.Course.Id,
                Institution = k.Site.Institution.Id,
                Trainer = k.Trainer.Id,
                Room = k.Site.Room.Room.Id,
                StartWeek = k.StartWeek,
                Pattern = [.. pattern.Select(s => s.ToString())],
                Sessions = k.Sessions,
                Enrollments = [.. enrollments.Select(e => new Enrollment(e.Order, e.Trainees))],
            });
        }

        return classes;
    }

    private static List<Unassigned> Unassigned(Scenario scenario, List<PlanClass> classes, UnassignedExplainer explainer) =>
        [.. MissingTrainees.Of(scenario, classes)
            .Select(m => new Unassigned { Order = m.Order.Id, Trainees = m.Missing, Reasons = explainer.Explain(m.Order, classes) })];
}
