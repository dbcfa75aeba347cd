using System.Globalization;
using Npgsql;
using OrderMatch.Data.Runs;
using OrderMatch.Jobs.Scheduling;
using Quartz;

namespace OrderMatch.Jobs.Runs;

/// <summary>Starts planning runs: a row in planning_runs, then a SolveRun job in the cluster's queue.</summary>
public sealed class RunRequests(NpgsqlDataSource dataSource, ISchedulerFactory schedulers)
{
    private readonly PlanningRuns _runs = new(dataSource);

    public async Task<long> StartAsync(string requestedBy, RunOptions options, CancellationToken cancellationToken = default)
    {
        var runId = await _runs.CreateAsync(requestedBy, options, cancellationToken).ConfigureAwait(false);
        await EnqueueAsync(runId, cancellationToken).ConfigureAwait(false);
        return runId;
    }

    /// <summary>Queues the job of an existing run (idempotent: a run already queued keeps its one job).</summary>
    public async Task EnqueueAsync(long runId, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        await JobQueue.EnqueueAsync<SolveRunJob>(scheduler, SolveRunJob.KeyFor(runId),
            new Dictionary<string, string> { [SolveRunJob.RunIdKey] = runId.ToString(CultureInfo.InvariantCulture) },
            cancellationToken).ConfigureAwait(false);
    }
}
