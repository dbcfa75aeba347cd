using Npgsql;
using Quartz;
using OrderMatch.Jobs.Scheduling;

namespace OrderMatch.Jobs.Tests.Scheduling;

/// <summary>
/// A worker dies mid-run and the survivor re-runs the job. The death is simulated in-process by cutting the
/// dying worker off from PostgreSQL (<see cref="SeverableProxy"/>) while its job is parked: its check-ins
/// stop and its scheduler-state and fired-trigger rows stay, which is all a killed process leaves behind.
/// </summary>
[Collection(QuartzClusterCollection.Name)]
public sealed class ClusterRecoveryTests(QuartzDatabase database)
{
    [Fact]
    public async Task Job_of_a_worker_that_died_mid_run_is_re_run_by_the_survivor_as_recovering()
    {
        var settings = TestCluster.Settings(database) with { ClusterCheckinMisfireThreshold = TimeSpan.FromSeconds(3) };
        var recorder = new JobRecorder();
        var target = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        using var proxy = new SeverableProxy(target.Host!, target.Port);
        var viaProxy = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Host = "127.0.0.1", Port = proxy.Port };
        var dying = await ClusterNode.CreateAsync(settings with { ConnectionString = viaProxy.ConnectionString }, recorder, start: true);
        try
        {
            var data = new Dictionary<string, string> { ["runId"] = "99" };
            Assert.True(await JobQueue.EnqueueAsync<CrashingJob>(dying.Scheduler, new JobKey("plan-99", "runs"), data, CancellationToken.None));
            var started = await recorder.WaitForAsync(r => r.Step == "started", TestCluster.Timeout);
            Assert.Equal(dying.Identity, started.Worker);

            await using var survivor = await ClusterNode.CreateAsync(settings, recorder, start: true);
            proxy.Sever();
            var severedAt = DateTimeOffset.UtcNow;
            Assert.Equal(1L, await CountAsync("qrtz_fired_triggers", "instance_name", dying.Identity.InstanceId));

            var recovered = await recorder.WaitForAsync(r => r.Step == "recovered", TestCluster.Timeout);

            Assert.Equal(survivor.Identity, recovered.Worker);
            Assert.True(recovered.Recovering);
            Assert.Equal("plan-99", recovered.Job);
            Assert.Equal("99", recovered.Data["runId"]);
            Assert.True(recovered.At > severedAt);
            Assert.Equal(1, recorder.Runs.Count(r => r.Step == "recovered"));

            // The survivor cleared the dead member away and, the re-run done, the one-off job is gone too.
            await Eventually.HoldsAsync(
                async () => await CountAsync("qrtz_scheduler_state", "instance_name", dying.Identity.InstanceId) == 0
                    && await CountAsync("qrtz_fired_triggers", "instance_name", dying.Identity.InstanceId) == 0
                    && await CountAsync("qrtz_job_details", "job_name", "plan-99") == 0,
                TestCluster.Timeout,
                "the dead member's rows and the completed job to be removed");
        }
        finally
        {
            recorder.OpenGate();
            await dying.DisposeAsync().AsTask().WaitAsync(TestCluster.Timeout);
        }
    }

    [Fact]
    public async Task Job_cancelled_by_a_worker_shutting_down_is_handed_back_to_the_cluster()
    {
        var settings = TestCluster.Settings(database);
        var recorder = new JobRecorder();
        var leaving = await ClusterNode.CreateAsync(settings, recorder, start: true);
        try
        {
            var data = new Dictionary<string, string> { ["runId"] = "100" };
            Assert.True(await JobQueue.EnqueueAsync<CancellableJob>(leaving.Scheduler, new JobKey("plan-100", "runs"), data, CancellationToken.None));
            var started = await recorder.WaitForAsync(r => r.Step == "started", TestCluster.Timeout);
            Assert.Equal(leaving.Identity, started.Worker);

            await leaving.Scheduler.Shutdown(waitForJobsToComplete: true).AsTask().WaitAsync(TestCluster.Timeout);
            await using var staying = await ClusterNode.CreateAsync(settings, recorder, start: true);
            var recovered = await recorder.WaitForAsync(r => r.Step == "recovered", TestCluster.Timeout);

            Assert.Equal(staying.Identity, recovered.Worker);
            Assert.True(recovered.Recovering);
            Assert.Equal("100", recovered.Data["runId"]);
        }
        finally
        {
            await leaving.DisposeAsync();
        }
    }

    private Task<long> CountAsync(string table, string column, string value) =>
        database.ScalarAsync<long>(
            $"select count(*) from quartz.{table} where {column} = @value",
            ("value", value));
}
