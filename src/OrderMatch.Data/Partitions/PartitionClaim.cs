using OrderMatch.Data.Runs;

namespace OrderMatch.Data.Partitions;

/// <summary>
/// The answer to claiming partition work: the lease; or none, with the run's lease when the run was asked to cancel
/// (the caller marks it cancelled); or neither when there is nothing to do (finished, failed, done already).
/// </summary>
public sealed record PartitionClaim<T>(T? Lease, RunLease? RunToCancel)
    where T : class
{
    public static PartitionClaim<T> Nothing { get; } = new(null, null);
}
