using Quartz;
using OrderMatch.Jobs.Scheduling;

namespace OrderMatch.Jobs.Tests.Scheduling;

[Collection(QuartzClusterCollection.Name)]
public sealed class RecurringScheduleTests(QuartzDatabase database)
{
    private static readonly JobKey Replan = new("replan", "recurring");
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    [Fact]
    public async Task Cron_trigger_is_created_left_alone_replaced_and_removed()
    {
        var settings = TestCluster.Settings(database);
        await using var node = await ClusterNode.CreateAsync(settings, new JobRecorder(), start: false);
        var scheduler = node.Scheduler;

        var created = await RecurringSchedule.EnsureCronAsync<NightlyJob>(scheduler, Replan, "0 0 2 * * ?", Paris, CancellationToken.None);
        var stored = await CronTriggerAsync(scheduler);
        var job = await scheduler.GetJobDetail(Replan);
        var version = await RowVersionAsync(settings);

        Assert.Equal(RecurringScheduleChange.Created, created);
        Assert.Equal("0 0 2 * * ?", stored.CronExpressionString);
        Assert.Equal(Paris.Id, stored.TimeZone.Id);
        Assert.Equal(Replan, stored.JobKey);
        Assert.NotNull(job);
        Assert.True(job.Durable);
        Assert.True(job.ConcurrentExecutionDisallowed);

        var unchanged = await RecurringSchedule.EnsureCronAsync<NightlyJob>(scheduler, Replan, " 0 0 2 * * ? ", Paris, CancellationToken.None);

        Assert.Equal(RecurringScheduleChange.Unchanged, unchanged);
        Assert.Equal(version, await RowVersionAsync(settings));

        var replaced = await RecurringSchedule.EnsureCronAsync<NightlyJob>(scheduler, Replan, "0 30 3 ? * MON-FRI", Paris, CancellationToken.None);

        Assert.Equal(RecurringScheduleChange.Replaced, replaced);
        Assert.Equal("0 30 3 ? * MON-FRI", (await CronTriggerAsync(scheduler)).CronExpressionString);
        Assert.NotEqual(version, await RowVersionAsync(settings));

        var rezoned = await RecurringSchedule.EnsureCronAsync<NightlyJob>(scheduler, Replan, "0 30 3 ? * MON-FRI", TimeZoneInfo.Utc, CancellationToken.None);

        Assert.Equal(RecurringScheduleChange.Replaced, rezoned);
        Assert.Equal(TimeZoneInfo.Utc.Id, (await CronTriggerAsync(scheduler)).TimeZone.Id);
        Assert.Equal(1L, await database.ScalarAsync<long>(
            "select count(*) from quartz.qrtz_cron_triggers where sched_name = @name", ("name", settings.InstanceName)));

        var removed = await RecurringSchedule.EnsureCronAsync<NightlyJob>(scheduler, Replan, null, Paris, CancellationToken.None);
        var absent = await RecurringSchedule.EnsureCronAsync<NightlyJob>(scheduler, Replan, "  ", Paris, CancellationToken.None);

        Assert.Equal(RecurringScheduleChange.Removed, removed);
        Assert.Equal(RecurringScheduleChange.Absent, absent);
        Assert.Null(await scheduler.GetTrigger(RecurringSchedule.TriggerKeyFor(Replan)));
        Assert.Equal(0L, await database.ScalarAsync<long>(
            "select count(*) from quartz.qrtz_triggers where sched_name = @name", ("name", settings.InstanceName)));
        Assert.NotNull(await scheduler.GetJobDetail(Replan));
    }

    [Fact]
    public async Task Cron_macro_is_compared_in_its_canonical_spelling()
    {
        var settings = TestCluster.Settings(database);
        await using var node = await ClusterNode.CreateAsync(settings, new JobRecorder(), start: false);

        var created = await RecurringSchedule.EnsureCronAsync<NightlyJob>(node.Scheduler, Replan, "@daily", Paris, CancellationToken.None);
        var again = await RecurringSchedule.EnsureCronAsync<NightlyJob>(node.Scheduler, Replan, "@daily", Paris, CancellationToken.None);

        Assert.Equal(RecurringScheduleChange.Created, created);
        Assert.Equal(RecurringScheduleChange.Unchanged, again);
    }

    [Fact]
    public async Task Invalid_cron_names_the_setting_and_the_expression_and_stores_nothing()
    {
        var settings = TestCluster.Settings(database);
        await using var node = await ClusterNode.CreateAsync(settings, new JobRecorder(), start: false);

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            RecurringSchedule.EnsureCronAsync<NightlyJob>(node.Scheduler, Replan, "0 0 25 * * ?", Paris, "Replan:Cron", CancellationToken.None));

        Assert.Equal("cron", error.ParamName);
        Assert.Contains("Replan:Cron", error.Message, StringComparison.Ordinal);
        Assert.Contains("'0 0 25 * * ?'", error.Message, StringComparison.Ordinal);
        Assert.Null(await node.Scheduler.GetJobDetail(Replan));
    }

    [Fact]
    public async Task Job_that_may_overlap_itself_is_refused_a_cron_schedule()
    {
        var settings = TestCluster.Settings(database);
        await using var node = await ClusterNode.CreateAsync(settings, new JobRecorder(), start: false);

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            RecurringSchedule.EnsureCronAsync<RecordingJob>(node.Scheduler, Replan, "0 0 2 * * ?", Paris, CancellationToken.None));

        Assert.Contains("DisallowConcurrentExecution", error.Message, StringComparison.Ordinal);
        Assert.Null(await node.Scheduler.GetJobDetail(Replan));
    }

    [Fact]
    public async Task Cron_trigger_fires_its_job_on_a_started_worker()
    {
        var settings = TestCluster.Settings(database);
        var recorder = new JobRecorder();
        await using var worker = await ClusterNode.CreateAsync(settings, recorder, start: true);

        await RecurringSchedule.EnsureCronAsync<NightlyJob>(worker.Scheduler, Replan, "* * * * * ?", TimeZoneInfo.Utc, CancellationToken.None);
        var run = await recorder.WaitForAsync(r => r.Job == Replan.Name, TestCluster.Timeout);

        Assert.Equal(worker.Identity, run.Worker);
    }

    private static async Task<ICronTrigger> CronTriggerAsync(IScheduler scheduler) =>
        Assert.IsType<ICronTrigger>(await scheduler.GetTrigger(RecurringSchedule.TriggerKeyFor(Replan)), exactMatch: false);

    // The trigger row's xmin changes with every write to it, so an unchanged xmin means nothing was written.
    private Task<string> RowVersionAsync(SchedulerSettings settings) =>
        database.ScalarAsync<string>(
            "select xmin::text from quartz.qrtz_triggers where sched_name = @name and trigger_name = @trigger",
            ("name", settings.InstanceName),
            ("trigger", RecurringSchedule.TriggerKeyFor(Replan).Name));
}
