using Microsoft.Extensions.Logging;
using Npgsql;
using OrderMatch.Data.Partitions;
using OrderMatch.Data.Runs;
using OrderMatch.Jobs.Runs;
using OrderMatch.Solver;
using OrderMatch.Solver.Partitions;

namespace OrderMatch.Jobs.Partitions;

/// <summary>
/// The last step of a partitioned run: once every partition is done, merge their plans and repair
/// (<see cref="PartitionRepair"/>: no trainer, room or institution booked twice; the dropped and unserved demand re-planned
/// over the whole snapshot; the plan checked against H1–H17), then write the one plan and mark the run succeeded in one
/// transaction fenced by the run's lease — so a merge run twice (its worker died, the cluster ran it again) still writes
/// one plan. Progress and cancel work as in a run's own job.
/// </summary>
public sealed class PartitionMergeService(NpgsqlDataSource dataSource, RunServiceSettings settings, PartitionOptions shares,
    ILogger<PartitionMergeService> logger, TimeProvider? timeProvider = null)
{
    private readonly PlanningRuns _runs = new(dataSource);
    private readonly RunPartitions _partitions = new(dataSource);
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    public async Task<RunOutcome> ExecuteAsync(long runId, string worker, CancellationToken cancellationToken)
    {
        var claim = await _partitions.ClaimMergeAsync(runId, worker, cancellationToken).ConfigureAwait(false);
        if (claim.RunToCancel is { } toCancel)
        {
            await _runs.MarkCancelledAsync(toCancel, CancellationToken.None).ConfigureAwait(false);
            await _partitions.CancelOpenAsync(runId, CancellationToken.None).ConfigureAwait(false);
            Log.Cancelled(logger, runId);
            return RunOutcome.Cancelled;
        }

        if (claim.Lease is not { } work)
        {
            Log.Skipped(logger, runId, "the merge: the run is finished or a partition is still open");
            return RunOutcome.Skipped;
        }

        var retry = new DatabaseRetry(dataSource, logger, runId);
        var relay = new ProgressRelay(work.RunStartedAt, _time);
        relay.Report(new SolveProgress("merging", null, null, 0, work.Plans.Count, work.Plans.Count));
        var before = Math.Max(0, (_time.GetUtcNow() - work.RunStartedAt).TotalSeconds);
        var options = new SolveOptions
        {
            TimeLimitSeconds = shares.RepairSecondsLeft(work.Run.Options.TimeLimitSeconds, work.RepairSeconds, before),
            Threads = work.Run.Options.Threads,
            Seed = work.Run.Options.Seed,
            DecisionPins = work.DecisionPins,
        };
        var solve = new TickedSolve(dataSource, settings.ProgressInterval, _time, logger, runId, "the merge");
        try
        {
            var (merged, stop) = await solve.RunAsync(token => PartitionRepair.Finish(work.Scenario, work.Plans, options, before, relay, token),
                () => TickAsync(work.Run, relay), cancellationToken).ConfigureAwait(false);
            if (stop == StopReason.CancelRequested)
            {
                await retry.RunAsync("recording the cancel", () => _runs.MarkCancelledAsync(work.Run, CancellationToken.None)).ConfigureAwait(false);
                Log.Cancelled(logger, runId);
                return RunOutcome.Cancelled;
            }

            if (merged is null)
            {
                Log.Skipped(logger, runId, "the merge lost the run's lease");
                return RunOutcome.Skipped;
            }

            var planId = await retry.RunAsync("writing the plan", () => _runs.CompleteAsync(work.Run, merged.Plan, CancellationToken.None)).ConfigureAwait(false);
            if (planId is null)
            {
                Log.Skipped(logger, runId, "the merge lost the run's lease before its plan was written");
                return RunOutcome.Skipped;
            }

            Log.RunMerged(logger, runId, worker, merged.KeptClasses, merged.Dropped.Count, planId.Value, merged.Plan.Objective.Total);
            return RunOutcome.Succeeded;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.Failed(logger, e, runId, "the merge");
            await retry.RunAsync("recording the failure", () => _runs.FailAsync(work.Run, $"merge: {e.GetType().Name}: {e.Message}", CancellationToken.None))
                .ConfigureAwait(false);
            return RunOutcome.Failed;
        }
    }

    private async Task<StopReason> TickAsync(RunLease run, ProgressRelay relay)
    {
        var ack = await _runs.ReportProgressAsync(run, relay.Current(), CancellationToken.None).ConfigureAwait(false);
        return ack.CancelRequested ? StopReason.CancelRequested : ack.StillOwned ? StopReason.None : StopReason.LeaseLost;
    }
}
