using OrderMatch.Jobs.Scheduling;

namespace OrderMatch.Jobs.Tests.Scheduling;

/// <summary>Settings for one test's cluster: a cluster name of its own, and short waits so tests stay quick.</summary>
public static class TestCluster
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    public static SchedulerSettings Settings(QuartzDatabase database) => new()
    {
        ConnectionString = database.ConnectionString,
        InstanceName = $"test-{Guid.NewGuid():N}"[..17],
        IdleWaitTime = TimeSpan.FromSeconds(1),
        ClusterCheckinInterval = TimeSpan.FromSeconds(1),
    };
}
