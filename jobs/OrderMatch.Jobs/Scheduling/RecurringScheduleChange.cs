namespace OrderMatch.Jobs.Scheduling;

/// <summary>What <see cref="RecurringSchedule.EnsureCronAsync{TJob}(Quartz.IScheduler, Quartz.JobKey, string?, TimeZoneInfo, System.Threading.CancellationToken)"/> did.</summary>
public enum RecurringScheduleChange
{
    /// <summary>No cron trigger existed; one was stored.</summary>
    Created,

    /// <summary>The stored cron trigger already had this expression, time zone and job type; nothing was written.</summary>
    Unchanged,

    /// <summary>The stored cron trigger differed and was replaced (its next fire time is recomputed).</summary>
    Replaced,

    /// <summary>No expression was given and the stored cron trigger was removed.</summary>
    Removed,

    /// <summary>No expression was given and there was no cron trigger to remove.</summary>
    Absent,
}
