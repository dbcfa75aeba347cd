namespace OrderMatch.Cli.Tests.Cluster;

/// <summary>
/// The cluster tests run one after another, after the other tests: each starts worker processes that solve against
/// wall-clock time limits, and side by side on a small machine they would only make each other's timing less predictable.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ClusterCollection
{
    public const string Name = "Planning cluster processes";
}
