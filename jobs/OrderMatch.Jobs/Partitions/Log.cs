using Microsoft.Extensions.Logging;

namespace OrderMatch.Jobs.Partitions;

/// <summary>Log events of partitioned planning runs.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Run {RunId} split into {Partitions} partitions on {Worker}")]
    public static partial void RunSplit(ILogger logger, long runId, int partitions, string worker);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Information, Message = "Run {RunId} partition {Partition} started (attempt {Attempt}) on {Worker}")]
    public static partial void PartitionStarted(ILogger logger, long runId, int partition, int attempt, string worker);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Information,
        Message = "Run {RunId} partition {Partition} solved on {Worker}: objective {Objective}; {Open} partitions still open")]
    public static partial void PartitionSolved(ILogger logger, long runId, int partition, string worker, double objective, int open);

    [LoggerMessage(EventId = 2104, Level = LogLevel.Information,
        Message = "Run {RunId} merged on {Worker}: {Kept} classes kept, {Dropped} dropped for a shared resource, plan {PlanId}, objective {Objective}")]
    public static partial void RunMerged(ILogger logger, long runId, string worker, int kept, int dropped, long planId, double objective);

    [LoggerMessage(EventId = 2105, Level = LogLevel.Information, Message = "Run {RunId} partition work has nothing to do here: {What}")]
    public static partial void Skipped(ILogger logger, long runId, string what);

    [LoggerMessage(EventId = 2106, Level = LogLevel.Information, Message = "Run {RunId} cancelled on request; its partitions stop")]
    public static partial void Cancelled(ILogger logger, long runId);

    [LoggerMessage(EventId = 2107, Level = LogLevel.Error, Message = "Run {RunId} failed in {What}")]
    public static partial void Failed(ILogger logger, Exception exception, long runId, string what);

    [LoggerMessage(EventId = 2108, Level = LogLevel.Information, Message = "Run {RunId} {What} handed back to the queue: this worker is shutting down")]
    public static partial void Released(ILogger logger, long runId, string what);

    [LoggerMessage(EventId = 2109, Level = LogLevel.Warning, Message = "Run {RunId}: progress of {What} could not be written")]
    public static partial void ProgressWriteFailed(ILogger logger, Exception exception, long runId, string what);
}
