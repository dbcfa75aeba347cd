using Quartz;

namespace OrderMatch.Jobs.Tests.Scheduling;

[Collection(QuartzClusterCollection.Name)]
public sealed class QuartzSchemaTests(QuartzDatabase database)
{
    private static readonly string[] QuartzTables =
    [
        "qrtz_blob_triggers", "qrtz_calendars", "qrtz_cron_triggers", "qrtz_execution_history", "qrtz_fired_triggers",
        "qrtz_job_details", "qrtz_job_status", "qrtz_locks", "qrtz_misfire_history", "qrtz_paused_job_grps",
        "qrtz_paused_trigger_grps", "qrtz_scheduler_state", "qrtz_simple_triggers", "qrtz_simprop_triggers", "qrtz_triggers",
    ];

    [Fact]
    public async Task Migration_creates_every_quartz_table_in_the_quartz_schema()
    {
        var tables = await database.StringsAsync(
            "select table_name from information_schema.tables where table_schema = 'quartz' order by table_name");

        Assert.Equal(QuartzTables, tables);
    }

    [Fact]
    public async Task Migration_schema_passes_quartz_start_up_validation()
    {
        var settings = TestCluster.Settings(database);
        await using var node = await ClusterNode.CreateAsync(settings, new JobRecorder(), start: true);

        Assert.Equal(SchedulerStatus.Running, node.Scheduler.Status);
    }

    [Fact]
    public async Task Start_up_validation_refuses_a_schema_missing_a_column_quartz_4_reads()
    {
        // The same migration under another schema, short of one 4.x column: proves the check above has teeth.
        var script = (await File.ReadAllTextAsync(QuartzDatabase.MigrationPath))
            .Replace("create schema quartz;", "create schema quartz_short;", StringComparison.Ordinal)
            .Replace("quartz.qrtz_", "quartz_short.qrtz_", StringComparison.Ordinal);
        await database.ExecuteAsync(script + "\nalter table quartz_short.qrtz_triggers drop column misfire_threshold;");
        var settings = TestCluster.Settings(database) with { TablePrefix = "quartz_short.qrtz_" };

        var error = await Assert.ThrowsAnyAsync<SchedulerException>(async () =>
        {
            await using var node = await ClusterNode.CreateAsync(settings, new JobRecorder(), start: true);
        });

        Assert.Contains("misfire_threshold", error.ToString(), StringComparison.OrdinalIgnoreCase);
    }
}
