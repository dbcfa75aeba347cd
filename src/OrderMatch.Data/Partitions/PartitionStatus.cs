namespace OrderMatch.Data.Partitions;

/// <summary>Where one partition of a run stands. Done, failed and cancelled are final.</summary>
public enum PartitionStatus
{
    Queued,
    Running,
    Done,
    Failed,
    Cancelled,
}
