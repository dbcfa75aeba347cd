using System.Reflection;
using Quartz;

namespace OrderMatch.Jobs.Scheduling;

/// <summary>
/// Keeps a recurring job's cron trigger in step with configuration: every process may call it at start-up,
/// and the stored schedule changes only when the configured one does.
/// </summary>
public static class RecurringSchedule
{
    /// <summary>The key of the cron trigger kept for <paramref name="jobKey"/>.</summary>
    public static TriggerKey TriggerKeyFor(JobKey jobKey)
    {
        ArgumentNullException.ThrowIfNull(jobKey);
        return new TriggerKey($"{jobKey.Name}.cron", jobKey.Group);
    }

    /// <inheritdoc cref="EnsureCronAsync{TJob}(IScheduler, JobKey, string?, TimeZoneInfo, string, CancellationToken)"/>
    public static Task<RecurringScheduleChange> EnsureCronAsync<TJob>(
        IScheduler scheduler,
        JobKey key,
        string? cron,
        TimeZoneInfo zone,
        CancellationToken cancellationToken = default)
        where TJob : IJob =>
        EnsureCronAsync<TJob>(scheduler, key, cron, zone, $"cron of job {key}", cancellationToken);

    /// <summary>
    /// Makes <paramref name="key"/> a durable <typeparamref name="TJob"/> fired by the Quartz cron expression
    /// <paramref name="cron"/> in <paramref name="zone"/>: stores job and trigger when absent, leaves them alone
    /// when the stored trigger has the same expression (compared in Quartz's canonical spelling), time zone and
    /// job type, replaces both otherwise, and removes the trigger when <paramref name="cron"/> is null or blank
    /// (the durable job stays, without a trigger). A run missed while no worker was up fires once when one is.
    /// </summary>
    /// <param name="settingName">Named in the <see cref="ArgumentException"/> an invalid expression raises.</param>
    /// <exception cref="ArgumentException"><paramref name="cron"/> is not a valid Quartz cron expression, or
    /// <typeparamref name="TJob"/> is not marked <see cref="DisallowConcurrentExecutionAttribute"/>.</exception>
    public static async Task<RecurringScheduleChange> EnsureCronAsync<TJob>(
        IScheduler scheduler,
        JobKey key,
        string? cron,
        TimeZoneInfo zone,
        string settingName,
        CancellationToken cancellationToken = default)
        where TJob : IJob
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(zone);
        var triggerKey = TriggerKeyFor(key);

        if (string.IsNullOrWhiteSpace(cron))
        {
            var removed = await scheduler.UnscheduleJob(triggerKey, cancellationToken).ConfigureAwait(false);
            return removed ? RecurringScheduleChange.Removed : RecurringScheduleChange.Absent;
        }

        // A recurring job must not overlap itself when a run outlasts its period, on any member of the cluster.
        if (typeof(TJob).GetCustomAttribute<DisallowConcurrentExecutionAttribute>(inherit: true) is null)
        {
            throw new ArgumentException(
                $"{typeof(TJob).Name} runs on a cron schedule ({settingName}) and must be marked [DisallowConcurrentExecution].",
                nameof(TJob));
        }

        var expression = Parse(cron, settingName);
        var existing = await scheduler.GetTrigger(triggerKey, cancellationToken).ConfigureAwait(false);
        if (existing is ICronTrigger stored && await IsSameAsync<TJob>(scheduler, key, stored, expression, zone, cancellationToken).ConfigureAwait(false))
        {
            return RecurringScheduleChange.Unchanged;
        }

        var job = JobBuilder.Create<TJob>()
            .WithIdentity(key)
            .StoreDurably(true)
            .Build();

        var trigger = TriggerBuilder.Create()
            .WithIdentity(triggerKey)
            .ForJob(key)
            .WithSchedule(CronScheduleBuilder.Create(expression)
                .InTimeZone(zone)
                .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();

        await scheduler.ScheduleJob(job, trigger, ScheduleJobOptions.Replacing, cancellationToken).ConfigureAwait(false);
        return existing is null ? RecurringScheduleChange.Created : RecurringScheduleChange.Replaced;
    }

    private static CronExpression Parse(string cron, string settingName)
    {
        try
        {
            return CronExpression.Parse(cron.Trim());
        }
        catch (FormatException e)
        {
            throw new ArgumentException(
                $"{settingName}: '{cron}' is not a valid Quartz cron expression (seconds minutes hours day-of-month month day-of-week [year], e.g. '0 0 2 * * ?'): {e.Message}",
                nameof(cron),
                e);
        }
    }

    private static async Task<bool> IsSameAsync<TJob>(
        IScheduler scheduler,
        JobKey key,
        ICronTrigger stored,
        CronExpression expression,
        TimeZoneInfo zone,
        CancellationToken cancellationToken)
        where TJob : IJob
    {
        if (stored.CronExpressionString != expression.ToString() || stored.TimeZone.Id != zone.Id || !Equals(stored.JobKey, key))
        {
            return false;
        }

        var job = await scheduler.GetJobDetail(key, cancellationToken).ConfigureAwait(false);
        return job is { Durable: true } && job.JobType.Type == typeof(TJob);
    }
}
