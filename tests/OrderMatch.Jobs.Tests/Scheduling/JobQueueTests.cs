using System.Text;
using Quartz;
using OrderMatch.Jobs.Scheduling;

namespace OrderMatch.Jobs.Tests.Scheduling;

[Collection(QuartzClusterCollection.Name)]
public sealed class JobQueueTests(QuartzDatabase database)
{
    [Fact]
    public async Task Enqueue_stores_a_non_durable_recoverable_job_with_a_trigger_firing_now()
    {
        var settings = TestCluster.Settings(database);
        await using var enqueuer = await ClusterNode.CreateAsync(settings, new JobRecorder(), start: false);
        var key = new JobKey("plan-7", "runs");
        var before = DateTimeOffset.UtcNow;

        Assert.True(await JobQueue.EnqueueAsync<RecordingJob>(enqueuer.Scheduler, key, new Dictionary<string, string> { ["runId"] = "7" }, CancellationToken.None));

        var job = await enqueuer.Scheduler.GetJobDetail(key);
        var trigger = Assert.Single(await enqueuer.Scheduler.GetTriggersOfJob(key));
        Assert.NotNull(job);
        Assert.False(job.Durable);
        Assert.True(job.RequestsRecovery);
        Assert.Equal(typeof(RecordingJob), job.JobType.Type);
        Assert.Equal("7", job.JobDataMap["runId"]);
        Assert.InRange(trigger.StartTimeUtc, before.AddSeconds(-1), DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.Equal(0, Assert.IsType<ISimpleTrigger>(trigger, exactMatch: false).RepeatCount);

        // Job data is kept as a JSON object of strings, readable in the database.
        var stored = await database.ScalarAsync<byte[]>(
            "select job_data from quartz.qrtz_job_details where sched_name = @name and job_name = @job",
            ("name", settings.InstanceName),
            ("job", key.Name));
        Assert.Equal("""{"runId":"7"}""", Encoding.UTF8.GetString(stored));
    }

    [Fact]
    public async Task Enqueue_is_idempotent_while_the_job_waits_and_accepts_the_key_again_once_it_has_run()
    {
        var settings = TestCluster.Settings(database);
        var recorder = new JobRecorder();
        await using var enqueuer = await ClusterNode.CreateAsync(settings, recorder, start: false);
        var key = new JobKey("plan-8", "runs");

        var first = await JobQueue.EnqueueAsync<RecordingJob>(enqueuer.Scheduler, key, new Dictionary<string, string> { ["attempt"] = "first" }, CancellationToken.None);
        var second = await JobQueue.EnqueueAsync<RecordingJob>(enqueuer.Scheduler, key, new Dictionary<string, string> { ["attempt"] = "second" }, CancellationToken.None);

        Assert.True(first);
        Assert.False(second);
        Assert.Equal(1L, await CountAsync("qrtz_job_details", settings));
        Assert.Equal(1L, await CountAsync("qrtz_triggers", settings));

        await using (var worker = await ClusterNode.CreateAsync(settings, recorder, start: true))
        {
            var run = await recorder.WaitForAsync(r => r.Job == "plan-8", TestCluster.Timeout);
            Assert.Equal("first", run.Data["attempt"]);
            await Eventually.HoldsAsync(async () => await CountAsync("qrtz_job_details", settings) == 0, TestCluster.Timeout, "the run job to be deleted");
        }

        var third = await JobQueue.EnqueueAsync<RecordingJob>(enqueuer.Scheduler, key, new Dictionary<string, string> { ["attempt"] = "third" }, CancellationToken.None);

        Assert.True(third);
        Assert.Single(recorder.Runs);
    }

    private Task<long> CountAsync(string table, SchedulerSettings settings) =>
        database.ScalarAsync<long>(
            $"select count(*) from quartz.{table} where sched_name = @name",
            ("name", settings.InstanceName));
}
