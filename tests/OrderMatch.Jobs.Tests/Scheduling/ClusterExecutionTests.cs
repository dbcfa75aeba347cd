using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;
using OrderMatch.Jobs.Scheduling;

namespace OrderMatch.Jobs.Tests.Scheduling;

[Collection(QuartzClusterCollection.Name)]
public sealed class ClusterExecutionTests(QuartzDatabase database)
{
    [Fact]
    public async Task Hosted_worker_runs_a_job_that_a_non_started_scheduler_enqueued()
    {
        var settings = TestCluster.Settings(database);
        var recorder = new JobRecorder();
        await using var enqueuer = await ClusterNode.CreateAsync(settings, recorder, start: false);
        using var worker = BuildWorkerHost(settings, recorder);
        await worker.StartAsync();
        try
        {
            var workerScheduler = await worker.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            var data = new Dictionary<string, string> { ["runId"] = "42", ["scenario"] = "tiny" };

            var enqueued = await JobQueue.EnqueueAsync<RecordingJob>(enqueuer.Scheduler, new JobKey("plan-42", "runs"), data, CancellationToken.None);
            var run = await recorder.WaitForAsync(r => r.Job == "plan-42", TestCluster.Timeout);

            Assert.True(enqueued);
            Assert.Equal(SchedulerStatus.Created, enqueuer.Scheduler.Status);
            Assert.Equal(WorkerIdentity.Of(workerScheduler), run.Worker);
            Assert.NotEqual(enqueuer.Identity.InstanceId, run.Worker.InstanceId);
            Assert.Equal(settings.InstanceName, run.Worker.ClusterName);
            Assert.False(run.Recovering);
            Assert.Equal("42", run.Data["runId"]);
            Assert.Equal("tiny", run.Data["scenario"]);

            // Only the started worker is a cluster member; the enqueuer never checked in.
            var members = await database.StringsAsync(
                "select instance_name from quartz.qrtz_scheduler_state where sched_name = @name",
                ("name", settings.InstanceName));
            Assert.Equal([run.Worker.InstanceId], members);

            // The one-off job is non-durable: once run, nothing of it is left.
            await Eventually.HoldsAsync(
                async () => await CountJobsAsync(settings) == 0,
                TestCluster.Timeout,
                "the completed one-off job to be deleted");
        }
        finally
        {
            await worker.StopAsync();
        }
    }

    [Fact]
    public async Task Two_workers_with_one_thread_each_run_two_long_jobs_in_parallel_one_each()
    {
        var settings = TestCluster.Settings(database);
        var recorder = new JobRecorder();
        await using var first = await ClusterNode.CreateAsync(settings, recorder, start: true);
        await using var second = await ClusterNode.CreateAsync(settings, recorder, start: true);
        var empty = new Dictionary<string, string>();

        Assert.True(await JobQueue.EnqueueAsync<RendezvousJob>(first.Scheduler, new JobKey("rendezvous-a", "runs"), empty, CancellationToken.None));
        Assert.True(await JobQueue.EnqueueAsync<RendezvousJob>(first.Scheduler, new JobKey("rendezvous-b", "runs"), empty, CancellationToken.None));
        var finished = await recorder.WaitForAsync(r => r.Step == "finished", 2, TestCluster.Timeout);

        Assert.NotEqual(first.Identity.InstanceId, second.Identity.InstanceId);
        Assert.Equal(
            new[] { first.Identity.InstanceId, second.Identity.InstanceId }.Order(),
            finished.Select(r => r.Worker.InstanceId).Order());
        Assert.Equal(["rendezvous-a", "rendezvous-b"], finished.Select(r => r.Job).Order());
    }

    private static IHost BuildWorkerHost(SchedulerSettings settings, JobRecorder recorder)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Scheduler:ConnectionString"] = settings.ConnectionString,
            ["Scheduler:InstanceName"] = settings.InstanceName,
            ["Scheduler:IdleWaitTime"] = "00:00:01",
            ["Scheduler:ClusterCheckinInterval"] = "00:00:01",
        });
        builder.Services.AddSingleton(recorder);
        builder.Services.AddOrderMatchScheduler(SchedulerSettings.FromConfiguration(builder.Configuration));
        builder.Services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return builder.Build();
    }

    private Task<long> CountJobsAsync(SchedulerSettings settings) =>
        database.ScalarAsync<long>(
            "select count(*) from quartz.qrtz_job_details where sched_name = @name",
            ("name", settings.InstanceName));
}
