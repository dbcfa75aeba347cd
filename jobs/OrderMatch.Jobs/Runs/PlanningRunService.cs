using Microsoft.Extensions.Logging;
using Npgsql;
using OrderMatch.Data.Runs;
using OrderMatch.Data.Snapshot;
using OrderMatch.Domain.Checking;
using OrderMatch.Solver;

namespace OrderMatch.Jobs.Runs;

/// <summary>
/// Executes one planning run: claim it, read the snapshot, solve with the run's options, write the plan and mark the
/// run succeeded in one transaction. While solving, progress goes to the run row every
/// <see cref="RunServiceSettings.ProgressInterval"/>, and a cancel request ends the run at once: the run row says
/// cancelled as soon as the request is seen (no plan is written), and only then does the service wait for the solver to
/// reach its next cancellation point (the end of its current CBC call), so the worker takes no new run while the old
/// one still uses the cores.
/// Decision pins read with the snapshot go to the solver's options.
/// If the worker itself is shutting down, the run is handed back to the queue and the cancellation propagates, so
/// the scheduler gives the job to another worker.
/// </summary>
public sealed class PlanningRunService(NpgsqlDataSource dataSource, RunServiceSettings settings, ILogger<PlanningRunService> logger,
    TimeProvider? timeProvider = null)
{
    private readonly PlanningRuns _runs = new(dataSource);
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    public async Task<RunOutcome> ExecuteAsync(long runId, string worker, CancellationToken cancellationToken)
    {
        var lease = await _runs.StartAsync(runId, worker, cancellationToken).ConfigureAwait(false);
        if (lease is null)
        {
            Log.RunSkipped(logger, runId);
            return RunOutcome.Skipped;
        }

        Log.RunStarted(logger, runId, lease.Attempt, worker);
        var retry = new DatabaseRetry(dataSource, logger, runId);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var relay = new ProgressRelay(_time.GetUtcNow(), _time);
        var cancelRequested = false;
        Task<SolveReport>? solving = null;
        var reporter = ReportUntilDoneAsync(lease, relay, () => { cancelRequested = true; stop.Cancel(); }, stop.Token);
        try
        {
            var snapshot = await retry.RunAsync("reading the snapshot", () => SnapshotReader.ReadPlanningAsync(dataSource, stop.Token), stop.Token)
                .ConfigureAwait(false);
            relay.Report(new SolveProgress("solving", null, null, 0, 0, 0));
            var options = SolveOptionsFor(lease.Options, snapshot);
            solving = Task.Run(() => PlanOptimizer.Solve(snapshot.Scenario, options, relay, stop.Token), CancellationToken.None);
            var report = await solving.WaitAsync(stop.Token).ConfigureAwait(false);
            await stop.CancelAsync().ConfigureAwait(false);
            await reporter.ConfigureAwait(false);
            if (cancelRequested)
            {
                return await CancelledAsync(lease, retry).ConfigureAwait(false);
            }

            cancellationToken.ThrowIfCancellationRequested();
            var planId = await retry.RunAsync("writing the plan", () => _runs.CompleteAsync(lease, report.Plan, CancellationToken.None)).ConfigureAwait(false);
            if (planId is null)
            {
                Log.LeaseLost(logger, runId, lease.Attempt);
                return RunOutcome.Skipped;
            }

            Log.RunSucceeded(logger, runId, planId.Value, report.Plan.Objective.Total);
            return RunOutcome.Succeeded;
        }
        catch (OperationCanceledException) when (cancelRequested)
        {
            await reporter.ConfigureAwait(false);
            var outcome = await CancelledAsync(lease, retry).ConfigureAwait(false);
            await WindDownAsync(solving, runId).ConfigureAwait(false);
            return outcome;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await reporter.ConfigureAwait(false);
            await retry.RunAsync("handing the run back", () => _runs.ReleaseAsync(lease, CancellationToken.None)).ConfigureAwait(false);
            Log.RunReleased(logger, runId);
            await WindDownAsync(solving, runId).ConfigureAwait(false);
            throw;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await reporter.ConfigureAwait(false);
            Log.RunFailed(logger, e, runId);
            await retry.RunAsync("recording the failure", () => _runs.FailAsync(lease, FailureText(e), CancellationToken.None))
                .ConfigureAwait(false);
            return RunOutcome.Failed;
        }
    }

    /// <summary>What the run row says about a failure: the explanation alone where the failure is the scenario's (conflicting pins).</summary>
    private static string FailureText(Exception e) => e is PinConflictException ? e.Message : $"{e.GetType().Name}: {e.Message}";

    /// <summary>The solver's options for a run: its limits, and the decision pins of its snapshot.</summary>
    public static SolveOptions SolveOptionsFor(RunOptions options, PlanningSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(snapshot);
        return new SolveOptions
        {
            TimeLimitSeconds = options.TimeLimitSeconds,
            Threads = options.Threads,
            Seed = options.Seed,
            DecisionPins = snapshot.DecisionPins,
        };
    }

    /// <summary>
    /// Waits for a solver whose run has already ended (cancelled or handed back) to stop at its next cancellation point;
    /// whatever it returns or throws is discarded.
    /// </summary>
    private async Task WindDownAsync(Task<SolveReport>? solving, long runId)
    {
        if (solving is null)
        {
            return;
        }

        var since = _time.GetTimestamp();
        try
        {
            await solving.ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The run's outcome is already written; a late failure of its solver changes nothing.
        }

        Log.SolverStopped(logger, runId, _time.GetElapsedTime(since).TotalSeconds);
    }

    private async Task<RunOutcome> CancelledAsync(RunLease lease, DatabaseRetry retry)
    {
        await retry.RunAsync("recording the cancel", () => _runs.MarkCancelledAsync(lease, CancellationToken.None)).ConfigureAwait(false);
        Log.RunCancelled(logger, lease.RunId);
        return RunOutcome.Cancelled;
    }

    /// <summary>
    /// Writes progress on every tick until the run ends; a cancel request or a lost lease stops the solver. A tick whose
    /// write fails (the database is away) is skipped; the next one writes again.
    /// </summary>
    private async Task ReportUntilDoneAsync(RunLease lease, ProgressRelay relay, Action stopSolver, CancellationToken done)
    {
        using var timer = new PeriodicTimer(settings.ProgressInterval, _time);
        try
        {
            do
            {
                ProgressAck ack;
                try
                {
                    ack = await _runs.ReportProgressAsync(lease, relay.Current(), CancellationToken.None).ConfigureAwait(false);
                }
                catch (NpgsqlException e)
                {
                    Log.ProgressWriteFailed(logger, e, lease.RunId);
                    dataSource.Clear();
                    continue;
                }

                if (ack.CancelRequested || !ack.StillOwned)
                {
                    stopSolver();
                    return;
                }
            }
            while (await timer.WaitForNextTickAsync(done).ConfigureAwait(false));
        }
        catch (OperationCanceledException)
        {
            // The run ended; the final state is written by the caller.
        }
    }
}
