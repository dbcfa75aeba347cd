using Microsoft.Extensions.Hosting;
using Npgsql;
using OrderMatch.Data.Schema;
using OrderMatch.Jobs.Scheduling;
using Quartz;

namespace OrderMatch.Jobs.Runs;

/// <summary>
/// What a worker does before its scheduler starts: bring the schema up to date (concurrent starts wait on one
/// another), and make the recurring re-plan trigger match the configuration (created, replaced or removed).
/// Registered before Quartz's hosted service, so it runs first.
/// </summary>
public sealed class WorkerStartup(NpgsqlDataSource dataSource, ISchedulerFactory schedulers, RunServiceSettings settings) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await Migrator.MigrateAsync(dataSource, progress: null, cancellationToken).ConfigureAwait(false);
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(settings.ReplanTimeZone);
        await RecurringSchedule.EnsureCronAsync<ReplanJob>(scheduler, ReplanJob.Key, settings.ReplanCron, zone,
            $"{RunServiceSettings.SectionName}:{nameof(RunServiceSettings.ReplanCron)}", cancellationToken).ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
