using Microsoft.Extensions.Hosting;
using OrderMatch.Jobs.Scheduling;
using Quartz;

namespace OrderMatch.Jobs.Notify;

/// <summary>Keeps the Notify job's cron trigger as configured when a worker starts (after the schema is migrated).</summary>
public sealed class NotifyStartup(ISchedulerFactory schedulers, NotifySettings settings) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        await RecurringSchedule.EnsureCronAsync<NotifyJob>(scheduler, NotifyJob.Key, settings.Cron, TimeZoneInfo.Utc,
            $"{NotifySettings.SectionName}:{nameof(NotifySettings.Cron)}", cancellationToken).ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
