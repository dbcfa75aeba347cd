using Microsoft.Extensions.Logging;
using Npgsql;
using OrderMatch.Data.Partitions;
using OrderMatch.Data.Runs;
using OrderMatch.Data.Snapshot;
using OrderMatch.Domain.Checking;
using OrderMatch.Jobs.Runs;
using OrderMatch.Solver.Partitions;

namespace OrderMatch.Jobs.Partitions;

/// <summary>
/// The run job of a run asking for partitions: claim the run, read the snapshot, split it (<see cref="Partitioner"/>),
/// store the split with each partition's share of the time limit, queue one job per partition and return — the worker's
/// thread is free for a partition at once. A run claimed again after its worker died keeps the partitions already
/// solved and queues only the others (or the merge, when none is left).
/// </summary>
public sealed class PartitionDispatcher(NpgsqlDataSource dataSource, PartitionQueue queue, PartitionOptions shares, ILogger<PartitionDispatcher> logger,
    TimeProvider? timeProvider = null)
{
    private readonly PlanningRuns _runs = new(dataSource);
    private readonly RunPartitions _partitions = new(dataSource);
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    public async Task<bool> IsPartitionedAsync(long runId, CancellationToken cancellationToken = default) =>
        (await _runs.GetAsync(runId, cancellationToken).ConfigureAwait(false))?.Options.Partitions > 1;

    public async Task<RunOutcome> ExecuteAsync(long runId, string worker, CancellationToken cancellationToken)
    {
        var lease = await _runs.StartAsync(runId, worker, cancellationToken).ConfigureAwait(false);
        if (lease is null)
        {
            Log.Skipped(logger, runId, "the run is finished or cancelled");
            return RunOutcome.Skipped;
        }

        var retry = new DatabaseRetry(dataSource, logger, runId);
        try
        {
            var snapshot = await retry.RunAsync("reading the snapshot", () => SnapshotReader.ReadPlanningAsync(dataSource, cancellationToken), cancellationToken)
                .ConfigureAwait(false);
            if (PinConflicts.Find(snapshot.Scenario) is { Count: > 0 } conflicts)
            {
                throw new PinConflictException(conflicts);
            }

            var limit = lease.Options.TimeLimitSeconds;
            var parts = Partitioner.Split(snapshot.Scenario, lease.Options.Partitions, snapshot.DecisionPins);
            var drafts = parts.Select(p => new PartitionDraft(p.Number, p.Scenario, p.DecisionPins, p.Regions, shares.PartitionSeconds(limit, parts, p.Number)))
                .ToList();
            var stored = await retry.RunAsync("storing the partitions", () => _partitions.StoreAsync(lease, snapshot.Scenario, snapshot.DecisionPins,
                shares.RepairSeconds(limit), drafts, CancellationToken.None), cancellationToken).ConfigureAwait(false);
            if (stored is null)
            {
                return await LostAsync(lease, cancellationToken).ConfigureAwait(false);
            }

            Log.RunSplit(logger, runId, stored.Value, worker);
            var work = await _partitions.ListAsync(runId, cancellationToken).ConfigureAwait(false);
            var done = work.Count(p => p.Status == PartitionStatus.Done);
            await _runs.ReportProgressAsync(lease, new RunProgress("partitions", null, null, null, done, work.Count,
                await ElapsedAsync(runId, cancellationToken).ConfigureAwait(false)), cancellationToken).ConfigureAwait(false);
            foreach (var partition in work.Where(p => p.Status is PartitionStatus.Queued or PartitionStatus.Running))
            {
                await queue.EnqueuePartitionAsync(runId, partition.Number, cancellationToken).ConfigureAwait(false);
            }

            if (done == work.Count)
            {
                await queue.EnqueueMergeAsync(runId, cancellationToken).ConfigureAwait(false);
            }

            return RunOutcome.Dispatched;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await retry.RunAsync("handing the run back", () => _runs.ReleaseAsync(lease, CancellationToken.None)).ConfigureAwait(false);
            Log.Released(logger, runId, "split");
            throw;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.Failed(logger, e, runId, "the split");
            var text = e is PinConflictException ? e.Message : $"{e.GetType().Name}: {e.Message}";
            await retry.RunAsync("recording the failure", () => _runs.FailAsync(lease, text, CancellationToken.None)).ConfigureAwait(false);
            return RunOutcome.Failed;
        }
    }

    /// <summary>The split was not stored: the run was asked to cancel (it ends cancelled now) or taken over.</summary>
    private async Task<RunOutcome> LostAsync(RunLease lease, CancellationToken cancellationToken)
    {
        var run = await _runs.GetAsync(lease.RunId, cancellationToken).ConfigureAwait(false);
        if (run is { CancelRequested: true } && await _runs.MarkCancelledAsync(lease, cancellationToken).ConfigureAwait(false))
        {
            Log.Cancelled(logger, lease.RunId);
            return RunOutcome.Cancelled;
        }

        Log.Skipped(logger, lease.RunId, "the run was taken over");
        return RunOutcome.Skipped;
    }

    private async Task<double> ElapsedAsync(long runId, CancellationToken cancellationToken) =>
        (await _runs.GetAsync(runId, cancellationToken).ConfigureAwait(false))?.StartedAt is { } started
            ? Math.Max(0, (_time.GetUtcNow() - started).TotalSeconds)
            : 0;
}
