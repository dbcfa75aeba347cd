namespace OrderMatch.Data.Runs;

/// <summary>A planning run as stored: request, status, latest progress, timings, outcome.</summary>
public sealed record PlanningRun
{
    public required long Id { get; init; }

    public required string RequestedBy { get; init; }

    public required RunOptions Options { get; init; }

    public required RunStatus Status { get; init; }

    public bool CancelRequested { get; init; }

    public RunProgress? Progress { get; init; }

    public string? Worker { get; init; }

    public int Attempts { get; init; }

    public string? Error { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? ProgressAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    public long? PlanId { get; init; }

    public bool IsFinished => Status is RunStatus.Succeeded or RunStatus.Failed or RunStatus.Cancelled;
}
