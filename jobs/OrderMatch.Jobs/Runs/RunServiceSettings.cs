namespace OrderMatch.Jobs.Runs;

/// <summary>How often a running plan reports progress (and notices a cancel request), and the default run options.</summary>
public sealed record RunServiceSettings
{
    public const string SectionName = "Planning";

    /// <summary>Interval between progress writes to the run row; the issue promises at least every 2 s.</summary>
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Time limit of runs started without one (seconds).</summary>
    public double DefaultTimeLimitSeconds { get; init; } = 60;

    /// <summary>Cron expression (Quartz syntax, seconds first) of the recurring re-plan; empty = none.</summary>
    public string? ReplanCron { get; init; }

    /// <summary>Time zone the cron expression is read in.</summary>
    public string ReplanTimeZone { get; init; } = "Asia/Shanghai";
}
