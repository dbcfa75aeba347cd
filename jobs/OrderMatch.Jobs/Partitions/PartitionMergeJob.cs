using System.Globalization;
using OrderMatch.Jobs.Scheduling;
using Quartz;

namespace OrderMatch.Jobs.Partitions;

/// <summary>Merges a run's solved partitions into its one plan. Thin: everything is in <see cref="PartitionMergeService"/>.</summary>
public sealed class PartitionMergeJob(PartitionMergeService service) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var runId = long.Parse(context.MergedJobDataMap.GetString(PartitionQueue.RunIdKey)!, CultureInfo.InvariantCulture);
        context.Result = await service.ExecuteAsync(runId, WorkerIdentity.Of(context).InstanceId, cancellationToken).ConfigureAwait(false);
    }
}
