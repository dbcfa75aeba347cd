using OrderMatch.Domain.Calendar;
using OrderMatch.Domain.Model;

namespace OrderMatch.Solver.Planning;

/// <summary>
/// Serves unserved demand without a MIP, keeping every class of the plan. <see cref="Insert"/> puts an order's missing
/// trainees into classes it may join (their site, trainer, pattern and start week already suit it, H6, H7, H12–H15)
/// that have free seats (H5), cheapest per trainee first, in chunks the order allows (H11); sessions do not change, so
/// trainers, rooms and institutions stay within their limits. <see cref="Open"/> then lets the greedy open new classes,
/// course by course, for what is still missing, on what the plan and the pins leave (H8, H9, H16). Both only ever
/// lower the objective: the unserved penalty each trainee saves outweighs what serving it costs, or nothing is done.
/// One instance remembers, course by course, what <see cref="Open"/> depended on when it opened nothing (the course's
/// missing trainees and the classes on its institutions, rooms and trainers); while that is unchanged the course is not
/// tried again, since it would open nothing again.
/// </summary>
internal sealed class UnservedRepair(
    IReadOnlyList<CourseSpace> spaces,
    CandidateGenerator generator,
    IReadOnlyList<PlanClass> pinned,
    ScenarioCalendar calendar,
    Policy policy,
    long candidateBudget)
{
    private const double MinimumGain = 1e-3;

    /// <summary>What each course's residual depended on when the greedy last opened nothing for it.</summary>
    private readonly Dictionary<string, string> _fruitless = new(StringComparer.Ordinal);

    /// <summary>Courses whose greedy <see cref="Open"/> ran, and those it skipped as unchanged since they opened nothing.</summary>
    public int Opened { get; private set; }

    /// <inheritdoc cref="Opened"/>
    public int Skipped { get; private set; }

    /// <summary>The plan with missing trainees placed in free seats, and what that saves.</summary>
    public (List<ChosenClass> Plan, double Gain) Insert(List<ChosenClass> current)
    {
        var missing = Missing(current);
        var enrollments = current.Select(c => c.Enrollments.ToList()).ToList();
        var seats = current.Select(c => c.Class.Capacity - c.Enrollments.Sum(e => e.Trainees)).ToArray();
        var joinable = new Dictionary<string, List<(int Class, double PerTrainee)>>(StringComparer.Ordinal);
        for (var k = 0; k < current.Count; k++)
        {
            if (seats[k] <= 0)
            {
                continue;
            }

            foreach (var (o, perTrainee) in current[k].Class.Orders)
            {
                var id = current[k].SliceOrders[o];
                if (missing.ContainsKey(id))
                {
                    if (!joinable.TryGetValue(id, out var list))
                    {
                        joinable[id] = list = [];
                    }

                    list.Add((k, perTrainee));
                }
            }
        }

        var gain = 0.0;
        foreach (var item in Sequence(missing.Keys))
        {
            if (!joinable.TryGetValue(item.OrderId, out var options))
            {
                continue;
            }

            foreach (var (k, perTrainee) in options.OrderBy(x => x.PerTrainee).ThenBy(x => x.Class))
            {
                var saving = (item.Priority * policy.UnservedTraineePenalty) - perTrainee;
                var already = enrollments[k].FindIndex(e => e.Order == item.OrderId);
                var take = saving > 0 ? Chunk(item, missing[item.OrderId], seats[k], already >= 0) : 0;
                if (take <= 0)
                {
                    continue;
                }

                if (already >= 0)
                {
                    enrollments[k][already] = (item.OrderId, enrollments[k][already].Trainees + take);
                }
                else
                {
                    enrollments[k].Add((item.OrderId, take));
                }

                seats[k] -= take;
                missing[item.OrderId] -= take;
                gain += take * saving;
                if (missing[item.OrderId] == 0)
                {
                    break;
                }
            }
        }

        if (gain <= MinimumGain)
        {
            return (current, 0);
        }

        return ([.. current.Select((c, k) => c with { Enrollments = enrollments[k] })], gain);
    }

    /// <summary>The plan with the classes the greedy opens for what is still missing, course by course, and what that saves.</summary>
    public (List<ChosenClass> Plan, double Gain) Open(List<ChosenClass> current)
    {
        var missing = Missing(current);
        if (missing.Count == 0)
        {
            return (current, 0);
        }

        var ledger = new ResourceLedger(calendar);
        foreach (var pin in pinned)
        {
            ledger.Book(pin.Institution, pin.Trainer, pin.Room, pin.Sessions);
        }

        foreach (var chosen in current)
        {
            ledger.Book(chosen.Class);
        }

        var result = current;
        var gain = 0.0;
        foreach (var space in spaces)
        {
            // An order keeps its whole demand unless it is splittable: a part of an unsplittable order cannot be served.
            var items = space.Orders
                .Where(o => missing.TryGetValue(o.OrderId, out var m) && (o.Eligibility.Order.Splittable || m == o.Trainees))
                .Select(o => o with { Trainees = missing[o.OrderId] })
                .ToList();
            if (items.Count == 0)
            {
                continue;
            }

            // The candidates depend on the residual and on the bookings of the course's resources alone (the ledger holds
            // the pins, the plan and the classes opened so far in this pass, which are all in the plan).
            var fingerprint = Fingerprint(space, items, result);
            if (_fruitless.TryGetValue(space.Course.Id, out var held) && held == fingerprint)
            {
                Skipped++;
                continue;
            }

            Opened++;
            var residual = space.With(items);
            var candidates = generator.Generate([residual], ledger, candidateBudget, diagnostics: null);
            var greedy = GreedyPlanner.Build(items, candidates.Candidates, ledger, policy.UnservedTraineePenalty);
            var saving = SliceSolution.Empty.ModelObjective(items, policy.UnservedTraineePenalty)
                         - greedy.ModelObjective(items, policy.UnservedTraineePenalty);
            if (greedy.Classes.Count == 0 || saving <= MinimumGain)
            {
                _fruitless[space.Course.Id] = fingerprint;
                continue;
            }

            _fruitless.Remove(space.Course.Id);

            var ids = items.Select(o => o.OrderId).ToList();
            result = [.. result];
            foreach (var (k, enrollments) in greedy.Classes)
            {
                ledger.Book(k);
                result.Add(new ChosenClass(k, ids, [.. enrollments.Select(e => (ids[e.Order], e.Trainees))]));
            }

            gain += saving;
        }

        return (result, gain);
    }

    /// <summary>The course's missing trainees and the plan's classes on its institutions, rooms and trainers.</summary>
    private string Fingerprint(CourseSpace space, List<DemandItem> items, List<ChosenClass> plan)
    {
        var parts = plan.Select(c => c.Class)
            .Where(k => space.SharedResources(k) > 0)
            .Select(k => k.Describe())
            .Concat(items.Select(o => $"{o.OrderId}={o.Trainees}"))
            .ToList();
        parts.Sort(StringComparer.Ordinal);
        return string.Join('|', parts);
    }

    /// <summary>Trainees each order still misses in <paramref name="current"/>, for orders that miss any.</summary>
    private Dictionary<string, int> Missing(List<ChosenClass> current)
    {
        var served = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (order, trainees) in current.SelectMany(c => c.Enrollments))
        {
            served[order] = served.GetValueOrDefault(order) + trainees;
        }

        var missing = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in spaces.SelectMany(s => s.Orders))
        {
            var left = item.Trainees - served.GetValueOrDefault(item.OrderId);
            if (left > 0)
            {
                missing[item.OrderId] = left;
            }
        }

        return missing;
    }

    /// <summary>Orders by priority, then by demand, then by id, as the greedy takes them.</summary>
    private IEnumerable<DemandItem> Sequence(IEnumerable<string> orders)
    {
        var wanted = new HashSet<string>(orders, StringComparer.Ordinal);
        return spaces.SelectMany(s => s.Orders).Where(o => wanted.Contains(o.OrderId))
            .OrderByDescending(o => o.Priority).ThenByDescending(o => o.Trainees).ThenBy(o => o.OrderId, StringComparer.Ordinal);
    }

    /// <summary>
    /// Trainees of an order missing <paramref name="left"/> that may join a class with <paramref name="free"/> seats
    /// (H11): an unsplittable order only whole; a splittable one as many as fit, at least minChunk unless they join the
    /// order's own enrollment in that class.
    /// </summary>
    private static int Chunk(DemandItem item, int left, int free, bool joinsOwnEnrollment)
    {
        var order = item.Eligibility.Order;
        if (!order.Splittable)
        {
            return left == item.Trainees && left <= free ? left : 0;
        }

        var take = Math.Min(left, free);
        return take > 0 && (joinsOwnEnrollment || take >= order.MinChunk) ? take : 0;
    }
}
