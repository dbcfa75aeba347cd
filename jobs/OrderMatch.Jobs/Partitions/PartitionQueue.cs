using System.Globalization;
using OrderMatch.Jobs.Scheduling;
using Quartz;

namespace OrderMatch.Jobs.Partitions;

/// <summary>Queues the jobs of a partitioned run in the cluster: one per partition, then one merge. Enqueueing twice is harmless.</summary>
public sealed class PartitionQueue(ISchedulerFactory schedulers)
{
    public const string RunIdKey = "runId";
    public const string PartitionKey = "partition";

    public static JobKey PartitionKeyFor(long runId, int partition) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{runId}-{partition}"), "run-partitions");

    public static JobKey MergeKeyFor(long runId) => new(runId.ToString(CultureInfo.InvariantCulture), "run-merges");

    public async Task EnqueuePartitionAsync(long runId, int partition, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        await JobQueue.EnqueueAsync<PartitionSolveJob>(scheduler, PartitionKeyFor(runId, partition), new Dictionary<string, string>
        {
            [RunIdKey] = runId.ToString(CultureInfo.InvariantCulture),
            [PartitionKey] = partition.ToString(CultureInfo.InvariantCulture),
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task EnqueueMergeAsync(long runId, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        await JobQueue.EnqueueAsync<PartitionMergeJob>(scheduler, MergeKeyFor(runId),
            new Dictionary<string, string> { [RunIdKey] = runId.ToString(CultureInfo.InvariantCulture) }, cancellationToken).ConfigureAwait(false);
    }
}
