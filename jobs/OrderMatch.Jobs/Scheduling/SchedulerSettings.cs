using Microsoft.Extensions.Configuration;

namespace OrderMatch.Jobs.Scheduling;

/// <summary>
/// How an OrderMatch process reaches the clustered Quartz job store, bound from the configuration section
/// <c>Scheduler</c>. Every process of one cluster uses the same <see cref="InstanceName"/> and database;
/// <see cref="InstanceId"/> tells the processes apart.
/// </summary>
public sealed record SchedulerSettings
{
    public const string SectionName = "Scheduler";

    /// <summary>Npgsql connection string of the database holding the <c>quartz</c> schema.</summary>
    public string ConnectionString { get; init; } = string.Empty;

    /// <summary>The cluster's name (Quartz <c>sched_name</c>): processes sharing it share the work.</summary>
    public string InstanceName { get; init; } = "OrderMatch";

    /// <summary>This process's id within the cluster; null generates one unique per process (host, pid, random).</summary>
    public string? InstanceId { get; init; }

    /// <summary>How many jobs this process runs at once.</summary>
    public int MaxConcurrency { get; init; } = 1;

    /// <summary>How often this process records that it is alive. Short, so that a dead worker is noticed quickly.</summary>
    public TimeSpan ClusterCheckinInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long past a missed check-in the others wait before they declare this process dead and recover its
    /// jobs. A dead worker's jobs restart after about interval + threshold; a live worker that stalls longer
    /// than this (GC pause, VM migration) is recovered while it still runs, so keep it above such pauses.
    /// </summary>
    public TimeSpan ClusterCheckinMisfireThreshold { get; init; } = TimeSpan.FromSeconds(7.5);

    /// <summary>How late a trigger may fire before its misfire instruction applies instead.</summary>
    public TimeSpan MisfireThreshold { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How long an idle worker waits before it looks in the database again. Work enqueued by another process
    /// (the CLI) starts within about this long.
    /// </summary>
    public TimeSpan IdleWaitTime { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Schema-qualified prefix of the Quartz tables (migration 0050_quartz.sql).</summary>
    public string TablePrefix { get; init; } = "quartz.qrtz_";

    /// <summary>The <c>Scheduler</c> section of <paramref name="configuration"/>; defaults where a key is absent.</summary>
    public static SchedulerSettings FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration.GetSection(SectionName).Get<SchedulerSettings>() ?? new SchedulerSettings();
    }

    /// <summary>Throws <see cref="SchedulerSettingsException"/> naming the first setting that cannot work.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            throw new SchedulerSettingsException(nameof(ConnectionString), "is empty: give the Npgsql connection string of the database with the quartz schema.");
        }

        if (string.IsNullOrWhiteSpace(InstanceName))
        {
            throw new SchedulerSettingsException(nameof(InstanceName), "is empty: every process of the cluster must use the same non-empty name.");
        }

        if (InstanceId is not null && (InstanceId.Length == 0 || InstanceId.Trim() != InstanceId || InstanceId == "AUTO"))
        {
            throw new SchedulerSettingsException(nameof(InstanceId), $"is '{InstanceId}': leave it unset to generate one, or give a non-blank id without surrounding spaces.");
        }

        if (MaxConcurrency < 1)
        {
            throw new SchedulerSettingsException(nameof(MaxConcurrency), $"is {MaxConcurrency}: it must be at least 1.");
        }

        RequireAtLeast(nameof(ClusterCheckinInterval), ClusterCheckinInterval, TimeSpan.FromMilliseconds(100));
        RequireAtLeast(nameof(ClusterCheckinMisfireThreshold), ClusterCheckinMisfireThreshold, TimeSpan.FromMilliseconds(100));
        RequireAtLeast(nameof(MisfireThreshold), MisfireThreshold, TimeSpan.FromSeconds(1));
        RequireAtLeast(nameof(IdleWaitTime), IdleWaitTime, TimeSpan.FromSeconds(1));

        if (string.IsNullOrWhiteSpace(TablePrefix) || TablePrefix.Any(char.IsWhiteSpace))
        {
            throw new SchedulerSettingsException(nameof(TablePrefix), $"is '{TablePrefix}': give the table prefix without spaces, e.g. 'quartz.qrtz_'.");
        }
    }

    private static void RequireAtLeast(string setting, TimeSpan value, TimeSpan minimum)
    {
        if (value < minimum)
        {
            throw new SchedulerSettingsException(setting, $"is {value}: it must be at least {minimum}.");
        }
    }
}
