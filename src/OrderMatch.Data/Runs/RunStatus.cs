namespace OrderMatch.Data.Runs;

/// <summary>Where a planning run stands. Succeeded, failed and cancelled are final.</summary>
public enum RunStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
    Cancelled,
}
