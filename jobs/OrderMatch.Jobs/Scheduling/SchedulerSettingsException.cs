namespace OrderMatch.Jobs.Scheduling;

/// <summary>
/// A <see cref="SchedulerSettings"/> value that cannot work. <see cref="Setting"/> is the configuration key
/// (<c>Scheduler:&lt;Name&gt;</c>) to correct; the message says what it holds and what it must hold instead.
/// </summary>
public sealed class SchedulerSettingsException : Exception
{
    public SchedulerSettingsException()
    {
        Setting = string.Empty;
    }

    public SchedulerSettingsException(string message)
        : base(message)
    {
        Setting = string.Empty;
    }

    public SchedulerSettingsException(string message, Exception innerException)
        : base(message, innerException)
    {
        Setting = string.Empty;
    }

    public SchedulerSettingsException(string setting, string message)
        : base($"{SchedulerSettings.SectionName}:{setting} {message}")
    {
        Setting = $"{SchedulerSettings.SectionName}:{setting}";
    }

    /// <summary>The configuration key at fault, e.g. <c>Scheduler:MaxConcurrency</c>.</summary>
    public string Setting { get; }
}
