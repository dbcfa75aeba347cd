using Microsoft.Extensions.Logging;

namespace OrderMatch.Jobs.Runs;

/// <summary>Log events of planning runs.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Run {RunId} started (attempt {Attempt}) on {Worker}")]
    public static partial void RunStarted(ILogger logger, long runId, int attempt, string worker);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Run {RunId} succeeded: plan {PlanId}, objective {Objective}")]
    public static partial void RunSucceeded(ILogger logger, long runId, long planId, double objective);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "Run {RunId} cancelled on request; no plan written")]
    public static partial void RunCancelled(ILogger logger, long runId);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Error, Message = "Run {RunId} failed")]
    public static partial void RunFailed(ILogger logger, Exception exception, long runId);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Information, Message = "Run {RunId} has nothing to do here: finished, cancelled or taken over")]
    public static partial void RunSkipped(ILogger logger, long runId);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Warning, Message = "Run {RunId} attempt {Attempt} lost its lease; its plan was discarded")]
    public static partial void LeaseLost(ILogger logger, long runId, int attempt);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Information, Message = "Run {RunId} handed back to the queue: this worker is shutting down")]
    public static partial void RunReleased(ILogger logger, long runId);

    [LoggerMessage(EventId = 2008, Level = LogLevel.Warning, Message = "Run {RunId}: progress could not be written")]
    public static partial void ProgressWriteFailed(ILogger logger, Exception exception, long runId);

    [LoggerMessage(EventId = 2009, Level = LogLevel.Information, Message = "Recurring re-plan: run {RunId} queued")]
    public static partial void ReplanQueued(ILogger logger, long runId);

    [LoggerMessage(EventId = 2010, Level = LogLevel.Information, Message = "Recurring re-plan skipped: run {RunId} is still queued or running")]
    public static partial void ReplanSkipped(ILogger logger, long runId);

    [LoggerMessage(EventId = 2011, Level = LogLevel.Warning,
        Message = "Run {RunId}: {What} failed, the database is away ({Reason}); retry {Attempt} in {Seconds} s")]
    public static partial void DatabaseRetry(ILogger logger, long runId, string what, int attempt, double seconds, string reason);

    [LoggerMessage(EventId = 2012, Level = LogLevel.Information,
        Message = "Run {RunId}: the solver stopped {Seconds:0.0} s after the run ended (its last CBC call finished first)")]
    public static partial void SolverStopped(ILogger logger, long runId, double seconds);
}
