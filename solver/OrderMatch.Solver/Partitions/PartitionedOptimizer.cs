using System.Diagnostics;
using OrderMatch.Domain.Checking;
using OrderMatch.Domain.Model;

namespace OrderMatch.Solver.Partitions;

/// <summary>
/// A partitioned run in one process: split (<see cref="Partitioner"/>), solve each partition on its own with its share of
/// the time limit, then merge and repair (<see cref="PartitionRepair"/>). The planning cluster runs the same steps as
/// separate jobs, partitions side by side on several workers.
/// </summary>
public static class PartitionedOptimizer
{
    public static MergedPlan Solve(Scenario scenario, int partitions, SolveOptions options, PartitionOptions? partitionOptions = null,
        IProgress<SolveProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        var shares = partitionOptions ?? new PartitionOptions();
        var clock = Stopwatch.StartNew();
        if (PinConflicts.Find(scenario) is { Count: > 0 } conflicts)
        {
            throw new PinConflictException(conflicts);
        }

        var parts = Partitioner.Split(scenario, partitions, options.DecisionPins);
        var plans = new List<Plan>(parts.Count);
        foreach (var part in parts)
        {
            var partOptions = options with
            {
                TimeLimitSeconds = shares.PartitionSeconds(options.TimeLimitSeconds, parts, part.Number),
                DecisionPins = part.DecisionPins,
            };
            plans.Add(PlanOptimizer.Solve(part.Scenario, partOptions, null, cancellationToken).Plan);
            progress?.Report(new SolveProgress("partitions", null, null, clock.Elapsed.TotalSeconds, part.Number + 1, parts.Count));
        }

        var repairOptions = options with
        {
            TimeLimitSeconds = shares.RepairSecondsLeft(options.TimeLimitSeconds, shares.RepairSeconds(options.TimeLimitSeconds), clock.Elapsed.TotalSeconds),
        };
        return PartitionRepair.Finish(scenario, plans, repairOptions, clock.Elapsed.TotalSeconds, progress, cancellationToken);
    }
}
