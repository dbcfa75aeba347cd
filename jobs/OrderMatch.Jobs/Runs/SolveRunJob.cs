using System.Globalization;
using OrderMatch.Jobs.Partitions;
using OrderMatch.Jobs.Scheduling;
using Quartz;

namespace OrderMatch.Jobs.Runs;

/// <summary>
/// Runs one planning run on whichever worker the cluster gives it to. Thin: everything is in <see cref="PlanningRunService"/>,
/// or, for a run asking for partitions, in <see cref="PartitionDispatcher"/>.
/// </summary>
public sealed class SolveRunJob(PlanningRunService service, PartitionDispatcher partitions) : IJob
{
    public const string RunIdKey = "runId";

    public static JobKey KeyFor(long runId) => new(runId.ToString(CultureInfo.InvariantCulture), "planning-runs");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var runId = long.Parse(context.MergedJobDataMap.GetString(RunIdKey)!, CultureInfo.InvariantCulture);
        var worker = WorkerIdentity.Of(context).InstanceId;
        context.Result = await partitions.IsPartitionedAsync(runId, cancellationToken).ConfigureAwait(false)
            ? await partitions.ExecuteAsync(runId, worker, cancellationToken).ConfigureAwait(false)
            : await service.ExecuteAsync(runId, worker, cancellationToken).ConfigureAwait(false);
    }
}
