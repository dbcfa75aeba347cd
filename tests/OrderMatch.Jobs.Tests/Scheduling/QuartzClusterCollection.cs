namespace OrderMatch.Jobs.Tests.Scheduling;

/// <summary>
/// The scheduling tests run one after another against one database: each starts real clustered schedulers,
/// and running them side by side on a small machine would only make their timing less predictable.
/// </summary>
[CollectionDefinition(Name)]
public sealed class QuartzClusterCollection : ICollectionFixture<QuartzDatabase>
{
    public const string Name = "Quartz cluster";
}
