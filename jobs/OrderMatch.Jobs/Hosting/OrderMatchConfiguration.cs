using Microsoft.Extensions.Configuration;
using OrderMatch.Jobs.Notify;
using OrderMatch.Jobs.Runs;
using OrderMatch.Jobs.Scheduling;

namespace OrderMatch.Jobs.Hosting;

/// <summary>
/// The settings every OrderMatch process reads the same way (the CLI's worker and the web host): the connection
/// string, the Scheduler section (its connection string defaults to the application's) and the Planning section.
/// Environment variables carry the prefix <see cref="EnvironmentPrefix"/>.
/// </summary>
public static class OrderMatchConfiguration
{
    public const string EnvironmentPrefix = "ORDERMATCH_";

    public static string ConnectionString(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration.GetConnectionString("OrderMatch") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                "no connection string: set ConnectionStrings:OrderMatch in appsettings.json or ORDERMATCH_ConnectionStrings__OrderMatch");
    }

    public static SchedulerSettings Scheduler(IConfiguration configuration)
    {
        var settings = SchedulerSettings.FromConfiguration(configuration);
        return string.IsNullOrEmpty(settings.ConnectionString) ? settings with { ConnectionString = ConnectionString(configuration) } : settings;
    }

    public static RunServiceSettings Planning(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration.GetSection(RunServiceSettings.SectionName).Get<RunServiceSettings>() ?? new RunServiceSettings();
    }

    public static NotifySettings Notifications(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration.GetSection(NotifySettings.SectionName).Get<NotifySettings>() ?? new NotifySettings();
    }
}
