using Microsoft.Extensions.Logging;
using Npgsql;
using OrderMatch.Data.Runs;
using Quartz;

namespace OrderMatch.Jobs.Runs;

/// <summary>
/// The recurring re-plan: queues a planning run with the default options unless one is already queued or running.
/// </summary>
[DisallowConcurrentExecution]
public sealed class ReplanJob(NpgsqlDataSource dataSource, RunRequests requests, RunServiceSettings settings, ILogger<ReplanJob> logger) : IJob
{
    public static readonly JobKey Key = new("replan", "recurring");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var runs = new PlanningRuns(dataSource);
        var active = (await runs.ListAsync(20, cancellationToken).ConfigureAwait(false)).FirstOrDefault(r => !r.IsFinished);
        if (active is not null)
        {
            Log.ReplanSkipped(logger, active.Id);
            return;
        }

        var runId = await requests.StartAsync("schedule", new RunOptions { TimeLimitSeconds = settings.DefaultTimeLimitSeconds },
            cancellationToken).ConfigureAwait(false);
        Log.ReplanQueued(logger, runId);
    }
}
