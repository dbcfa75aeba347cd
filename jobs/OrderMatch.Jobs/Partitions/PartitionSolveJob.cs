using System.Globalization;
using OrderMatch.Jobs.Scheduling;
using Quartz;

namespace OrderMatch.Jobs.Partitions;

/// <summary>Solves one partition of a run on whichever worker the cluster gives it to. Thin: everything is in <see cref="PartitionSolveService"/>.</summary>
public sealed class PartitionSolveJob(PartitionSolveService service) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var runId = long.Parse(context.MergedJobDataMap.GetString(PartitionQueue.RunIdKey)!, CultureInfo.InvariantCulture);
        var partition = int.Parse(context.MergedJobDataMap.GetString(PartitionQueue.PartitionKey)!, CultureInfo.InvariantCulture);
        context.Result = await service.ExecuteAsync(runId, partition, WorkerIdentity.Of(context).InstanceId, cancellationToken).ConfigureAwait(false);
    }
}
