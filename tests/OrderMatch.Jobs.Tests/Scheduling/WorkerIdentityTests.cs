using OrderMatch.Jobs.Scheduling;

namespace OrderMatch.Jobs.Tests.Scheduling;

[Collection(QuartzClusterCollection.Name)]
public sealed class WorkerIdentityTests(QuartzDatabase database)
{
    [Fact]
    public async Task Generated_instance_ids_name_host_and_process_and_differ_within_one_process()
    {
        var settings = TestCluster.Settings(database);
        await using var first = await ClusterNode.CreateAsync(settings, new JobRecorder(), start: false);
        await using var second = await ClusterNode.CreateAsync(settings, new JobRecorder(), start: false);
        var prefix = $"{Environment.MachineName}-{Environment.ProcessId}-";

        Assert.StartsWith(prefix, first.Identity.InstanceId, StringComparison.Ordinal);
        Assert.StartsWith(prefix, second.Identity.InstanceId, StringComparison.Ordinal);
        Assert.NotEqual(first.Identity.InstanceId, second.Identity.InstanceId);
        Assert.Equal(new WorkerIdentity(settings.InstanceName, first.Identity.InstanceId), first.Identity);
    }

    [Fact]
    public async Task Configured_instance_id_is_used_as_given()
    {
        var settings = TestCluster.Settings(database) with { InstanceId = "worker-explicit" };
        await using var node = await ClusterNode.CreateAsync(settings, new JobRecorder(), start: false);

        Assert.Equal(new WorkerIdentity(settings.InstanceName, "worker-explicit"), node.Identity);
        Assert.Equal($"{settings.InstanceName}/worker-explicit", node.Identity.ToString());
    }
}
