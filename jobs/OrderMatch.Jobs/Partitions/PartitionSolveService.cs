using Microsoft.Extensions.Logging;
using Npgsql;
using OrderMatch.Data.Partitions;
using OrderMatch.Data.Runs;
using OrderMatch.Domain.Model;
using OrderMatch.Jobs.Runs;
using OrderMatch.Solver;

namespace OrderMatch.Jobs.Partitions;

/// <summary>
/// Solves one partition of a run: claim it (a lease fenced by its attempt), solve its sub-scenario with its share of the
/// time limit, store the plan. Every progress interval the partition's row and the run's progress (partitions done of
/// all) are written, and a cancel of the run stops the solver, ends the run cancelled and cancels its other partitions.
/// The partition that finishes last queues the merge. A worker shutting down hands the partition back; a worker killed
/// leaves it running until the cluster gives its job to another worker, whose claim takes it over.
/// </summary>
public sealed class PartitionSolveService(NpgsqlDataSource dataSource, PartitionQueue queue, RunServiceSettings settings,
    ILogger<PartitionSolveService> logger, TimeProvider? timeProvider = null)
{
    private readonly PlanningRuns _runs = new(dataSource);
    private readonly RunPartitions _partitions = new(dataSource);
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    public async Task<RunOutcome> ExecuteAsync(long runId, int partition, string worker, CancellationToken cancellationToken)
    {
        var claim = await _partitions.ClaimAsync(runId, partition, worker, cancellationToken).ConfigureAwait(false);
        if (claim.RunToCancel is { } toCancel)
        {
            return await CancelRunAsync(toCancel).ConfigureAwait(false);
        }

        if (claim.Lease is not { } lease)
        {
            Log.Skipped(logger, runId, $"partition {partition} is finished, or its run is");
            return RunOutcome.Skipped;
        }

        Log.PartitionStarted(logger, runId, partition, lease.Attempt, worker);
        var retry = new DatabaseRetry(dataSource, logger, runId);
        var relay = new PartitionRelay();
        var solve = new TickedSolve(dataSource, settings.ProgressInterval, _time, logger, runId, $"partition {partition}");
        var options = new SolveOptions
        {
            TimeLimitSeconds = lease.TimeLimitSeconds,
            Threads = lease.Run.Options.Threads,
            Seed = lease.Run.Options.Seed,
            DecisionPins = lease.DecisionPins,
        };
        try
        {
            var (report, stop) = await solve.RunAsync(token => PlanOptimizer.Solve(lease.Scenario, options, relay, token),
                () => TickAsync(lease, relay), cancellationToken).ConfigureAwait(false);
            if (stop == StopReason.CancelRequested)
            {
                return await CancelRunAsync(lease.Run).ConfigureAwait(false);
            }

            if (report is null)
            {
                Log.Skipped(logger, runId, $"partition {partition} lost its lease");
                return RunOutcome.Skipped;
            }

            var open = await retry.RunAsync("storing the partition's plan", () => _partitions.CompleteAsync(lease, report.Plan, CancellationToken.None))
                .ConfigureAwait(false);
            if (open is null)
            {
                Log.Skipped(logger, runId, $"partition {partition} lost its lease before its plan was stored");
                return RunOutcome.Skipped;
            }

            Log.PartitionSolved(logger, runId, partition, worker, report.Plan.Objective.Total, open.Value);
            await ReportRunAsync(runId, lease.Partitions, CancellationToken.None).ConfigureAwait(false);
            if (open == 0)
            {
                await queue.EnqueueMergeAsync(runId, CancellationToken.None).ConfigureAwait(false);
            }

            return RunOutcome.Succeeded;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await retry.RunAsync("handing the partition back", () => _partitions.ReleaseAsync(lease, CancellationToken.None)).ConfigureAwait(false);
            Log.Released(logger, runId, $"partition {partition}");
            throw;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.Failed(logger, e, runId, $"partition {partition}");
            await retry.RunAsync("recording the failure", async () =>
            {
                await _partitions.FailAsync(lease, $"{e.GetType().Name}: {e.Message}", CancellationToken.None).ConfigureAwait(false);
                if (await CurrentRunAsync(runId).ConfigureAwait(false) is { } run)
                {
                    await _runs.FailAsync(run, $"partition {partition + 1}: {e.GetType().Name}: {e.Message}", CancellationToken.None).ConfigureAwait(false);
                }

                await _partitions.CancelOpenAsync(runId, CancellationToken.None).ConfigureAwait(false);
            }).ConfigureAwait(false);
            return RunOutcome.Failed;
        }
    }

    /// <summary>One progress tick: the partition's row (its lease), then the run's progress; stops on a cancel or a lost lease.</summary>
    private async Task<StopReason> TickAsync(PartitionLease lease, PartitionRelay relay)
    {
        var (phase, incumbent) = relay.Current();
        if (!await _partitions.ReportAsync(lease, phase, incumbent, CancellationToken.None).ConfigureAwait(false))
        {
            return StopReason.LeaseLost;
        }

        var run = await _runs.GetAsync(lease.RunId, CancellationToken.None).ConfigureAwait(false);
        if (run is not { Status: RunStatus.Running })
        {
            return StopReason.LeaseLost;
        }

        if (run.CancelRequested)
        {
            return StopReason.CancelRequested;
        }

        await ReportRunAsync(lease.RunId, lease.Partitions, CancellationToken.None).ConfigureAwait(false);
        return StopReason.None;
    }

    /// <summary>The run's progress: partitions done of all, and the time since the run started.</summary>
    private async Task ReportRunAsync(long runId, int partitions, CancellationToken cancellationToken)
    {
        var run = await _runs.GetAsync(runId, cancellationToken).ConfigureAwait(false);
        if (run is not { Status: RunStatus.Running, StartedAt: { } started })
        {
            return;
        }

        var done = (await _partitions.ListAsync(runId, cancellationToken).ConfigureAwait(false)).Count(p => p.Status == PartitionStatus.Done);
        var elapsed = Math.Max(0, (_time.GetUtcNow() - started).TotalSeconds);
        await _runs.ReportProgressAsync(new RunLease(runId, run.Attempts, run.Worker ?? "", run.Options),
            new RunProgress("partitions", null, null, null, done, partitions, elapsed), cancellationToken).ConfigureAwait(false);
    }

    private async Task<RunLease?> CurrentRunAsync(long runId) =>
        await _runs.GetAsync(runId, CancellationToken.None).ConfigureAwait(false) is { Status: RunStatus.Running } run
            ? new RunLease(runId, run.Attempts, run.Worker ?? "", run.Options)
            : null;

    private async Task<RunOutcome> CancelRunAsync(RunLease run)
    {
        await _runs.MarkCancelledAsync(run, CancellationToken.None).ConfigureAwait(false);
        await _partitions.CancelOpenAsync(run.RunId, CancellationToken.None).ConfigureAwait(false);
        Log.Cancelled(logger, run.RunId);
        return RunOutcome.Cancelled;
    }
}
