using System.Diagnostics;
using OrderMatch.Domain.Checking;
using OrderMatch.Domain.Model;

namespace OrderMatch.Solver.Partitions;

/// <summary>
/// Turns the partitions' plans into the run's one plan: <see cref="PartitionMerger"/> keeps the classes that fit
/// together, then a repair solve over the whole scenario with every kept class pinned (<see cref="PlanOptimizer"/> books
/// pins first and plans only the demand they leave, so it starts from the kept classes) re-plans the demand of dropped
/// classes and whatever the partitions left unserved, now with every shared resource in view. The plan is priced
/// against the whole scenario — its own pinned classes and previous plan, so the change penalty is what an
/// unpartitioned run would pay — its bound is <see cref="WholeScenarioBound"/>, and it must pass <see cref="PlanChecker"/>
/// (H1–H17, objective to the cent) or <see cref="PartitionMergeException"/> is thrown instead.
/// </summary>
public static class PartitionRepair
{
    public static MergedPlan Finish(Scenario scenario, IReadOnlyList<Plan> partitionPlans, SolveOptions repairOptions, double secondsBefore,
        IProgress<SolveProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(partitionPlans);
        ArgumentNullException.ThrowIfNull(repairOptions);
        var clock = Stopwatch.StartNew();
        var index = new ScenarioIndex(scenario);
        // The whole scenario's bound takes the share of the time the repair would spend on a bound of its own, which,
        // with the kept classes pinned, bounds only the repair and is not reported.
        var wholeBound = WholeScenarioBound.Of(index, repairOptions.DecisionPins,
            repairOptions.TimeLimitSeconds * repairOptions.CapacityBoundShare, cancellationToken);
        var merged = PartitionMerger.Merge(scenario, partitionPlans);
        var left = Math.Max(0, repairOptions.TimeLimitSeconds - clock.Elapsed.TotalSeconds);
        var repair = PlanOptimizer.Solve(scenario with { Pinned = merged.Kept }, repairOptions with { TimeLimitSeconds = left, CapacityBoundShare = 0 },
            progress is null ? null : new WholeBoundProgress(progress, wholeBound), cancellationToken);
        var classes = repair.Plan.Classes;
        var unassigned = repair.Plan.Unassigned;
        var exact = PlanEvaluator.Objective(index, classes, unassigned);
        var bound = Math.Min(wholeBound, exact.Total);
        var timedOut = repair.Plan.Solver?.Status == SolverStatus.TimeLimit || partitionPlans.Any(p => p.Solver?.Status == SolverStatus.TimeLimit);
        var status = exact.Total - bound <= 1e-6 * Math.Max(1, Math.Abs(exact.Total))
            ? SolverStatus.Optimal
            : timedOut ? SolverStatus.TimeLimit : SolverStatus.Feasible;
        var plan = repair.Plan with
        {
            Scenario = scenario.Name,
            Objective = PlanEvaluator.Rounded(exact),
            Kpis = PlanEvaluator.Kpis(index, classes),
            Solver = new SolverInfo
            {
                Status = status,
                Bound = Math.Round(bound, 2, MidpointRounding.ToZero),
                Seconds = Math.Round(secondsBefore + clock.Elapsed.TotalSeconds, 3),
            },
        };
        var check = PlanChecker.Check(scenario, plan);
        if (!check.Passes)
        {
            throw new PartitionMergeException(check);
        }

        return new MergedPlan(plan, merged.Kept.Count - scenario.Pinned.Count, merged.Dropped, repair);
    }

    /// <summary>The repair's progress with the whole scenario's bound in place of the repair's own.</summary>
    private sealed class WholeBoundProgress(IProgress<SolveProgress> inner, double bound) : IProgress<SolveProgress>
    {
        public void Report(SolveProgress value) => inner.Report(value with { Bound = value.Incumbent is { } incumbent ? Math.Min(bound, incumbent) : bound });
    }
}
