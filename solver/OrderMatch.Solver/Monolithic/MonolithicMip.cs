using OrderMatch.Domain.Checking;
using OrderMatch.Domain.Model;
using OrderMatch.Solver.Planning;

namespace OrderMatch.Solver.Monolithic;

/// <summary>
/// The whole scenario as one MIP, for a general-purpose solver to chew on: every candidate class of every course
/// (generated exhaustively when the space fits the budget, only pinned bookings and static availability removed; else
/// pruned course by course to the budget), all shared-resource rows, written as MPS. A solution given by column name (e.g. a cbc solution file) reads back into a FORMAT.md plan the checker can verify.
/// </summary>
public sealed class MonolithicMip : IDisposable
{
    private readonly PlanningInputs _inputs;
    private readonly IReadOnlyList<CandidateClass> _candidates;
    private readonly MonolithicModel _model;

    private MonolithicMip(PlanningInputs inputs, IReadOnlyList<CandidateClass> candidates, bool exhaustive, long space)
    {
        Exhaustive = exhaustive;
        CandidateSpace = space;
        _inputs = inputs;
        _candidates = candidates;
        _model = new MonolithicModel(inputs.Orders, candidates, inputs.Ledger, inputs.Scenario.Policy, inputs.Scenario.PreviousPlan?.Classes ?? []);
        var blocked = inputs.Scenario.Orders
            .Where(o => inputs.Eligibility[o.Id].Blockers.Count > 0 && o.Trainees > inputs.PinnedTrainees.GetValueOrDefault(o.Id))
            .Select(o => new Unassigned { Order = o.Id, Trainees = o.Trainees - inputs.PinnedTrainees.GetValueOrDefault(o.Id) })
            .ToList();
        ObjectiveOffset = PlanEvaluator.Objective(inputs.Index, inputs.Pinned, blocked).Total;
    }

    public int Candidates => _candidates.Count;

    /// <summary>Every candidate class was generated, so the model is exact; otherwise it was pruned to the budget.</summary>
    public bool Exhaustive { get; }

    /// <summary>Size of the full candidate space (site × trainer × pattern × start week) before any pruning.</summary>
    public long CandidateSpace { get; }

    public int Columns => _model.Mip.ColumnCount;

    public int Rows => _model.Mip.RowCount;

    /// <summary>Plan objective = model objective + this (pinned classes, statically blocked demand, previous classes' penalty).</summary>
    public double ObjectiveOffset { get; }

    public static MonolithicMip Build(Scenario scenario, MonolithicOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        options ??= new MonolithicOptions();
        var inputs = new PlanningInputs(scenario);
        var space = inputs.Spaces.Sum(s => s.ExhaustiveSize(scenario.Horizon.Weeks));
        var generator = new CandidateGenerator(inputs.Calendar, scenario.Policy);
        if (space <= options.CandidateBudget)
        {
            var set = generator.Generate(inputs.Spaces, inputs.Ledger, options.CandidateBudget, diagnostics: null);
            return new MonolithicMip(inputs, set.Candidates, set.Exhaustive, space);
        }

        var (candidates, exhaustive) = Budgeted(inputs, generator, options.CandidateBudget);
        return new MonolithicMip(inputs, candidates, exhaustive, space);
    }

    /// <summary>
    /// A space beyond the budget, one course at a time so that only one course's pruned candidates are ever held: each
    /// course gets a share of the budget by its number of orders (at least one candidate), generates as the pipeline's
    /// generator prunes, and keeps within its share every order's most valuable candidates (<see cref="CandidateSelector"/>).
    /// The model therefore holds at most the budget's candidates, or one per course where courses outnumber it.
    /// </summary>
    private static (List<CandidateClass> Candidates, bool Exhaustive) Budgeted(PlanningInputs inputs, CandidateGenerator generator, long budget)
    {
        var candidates = new List<CandidateClass>();
        var exhaustive = true;
        var offset = 0;
        var orders = Math.Max(1, inputs.Orders.Count);
        foreach (var space in inputs.Spaces)
        {
            var share = (int)Math.Clamp(budget * space.Orders.Count / orders, 1, int.MaxValue);
            var set = generator.Generate([space], inputs.Ledger, share, diagnostics: null);
            var kept = CandidateSelector.Restrict(set.Candidates, space.Orders, SliceSolution.Empty, share,
                Math.Max(1, share / Math.Max(1, space.Orders.Count)), inputs.Scenario.Policy.UnservedTraineePenalty);
            exhaustive &= set.Exhaustive && kept.Count == set.Candidates.Count;
            foreach (var candidate in kept)
            {
                // The course's orders are numbered from 0; the model numbers all courses' orders in one sequence.
                for (var i = 0; i < candidate.Orders.Count; i++)
                {
                    candidate.Orders[i] = (candidate.Orders[i].Order + offset, candidate.Orders[i].PerTrainee);
                }
            }

            candidates.AddRange(kept);
            offset += space.Orders.Count;
        }

        return (candidates, exhaustive);
    }

    public void WriteMps(string path) => _model.Mip.WriteMps(path);

    /// <summary>
    /// The plan in a solution given by column name (absent columns read 0). Enrollments are rounded; a class whose
    /// open column is set is opened. Unserved trainees are explained as <c>TIME_LIMIT</c> unless <paramref name="solver"/>
    /// says the solution is optimal.
    /// </summary>
    public Plan ReadPlan(IReadOnlyDictionary<string, double> values, SolverInfo solver)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(solver);
        var previous = _inputs.Scenario.PreviousPlan?.Classes ?? [];
        using var ids = _inputs.FreshClassIds().GetEnumerator();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var classes = new List<PlanClass>();
        for (var k = 0; k < _candidates.Count; k++)
        {
            if (values.GetValueOrDefault(MonolithicModel.OpenName(k)) <= 0.5)
            {
                continue;
            }

            var c = _candidates[k];
            var enrollments = c.Orders
                .Select(o => new Enrollment(_inputs.Orders[o.Order].OrderId, (int)Math.Round(values.GetValueOrDefault(MonolithicModel.EnrollName(o.Order, k)))))
                .Where(e => e.Trainees > 0)
                .ToList();
            var kept = previous.FirstOrDefault(p => c.SameDecisionsAs(p) && !taken.Contains(p.Id));
            string id;
            if (kept is not null)
            {
                id = kept.Id;
            }
            else
            {
                ids.MoveNext();
                id = ids.Current;
            }

            taken.Add(id);
            classes.Add(_inputs.ToPlanClass(id, c, enrollments));
        }

        var optimal = solver.Status == SolverStatus.Optimal;
        return _inputs.Assemble(classes, solver, order => new Reason
        {
            Code = optimal ? ReasonCode.Capacity : ReasonCode.TimeLimit,
            Detail = optimal
                ? $"order {order.Id}: the optimal monolithic plan leaves these trainees unserved"
                : $"order {order.Id}: the monolithic MIP stopped at its time limit without serving these trainees",
            Entities = [order.Id],
        });
    }

    public void Dispose() => _model.Dispose();
}
