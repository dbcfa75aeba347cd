using Microsoft.Extensions.Options;
using OrderMatch.Jobs.Runs;
using OrderMatch.Jobs.Scheduling;

namespace OrderMatch.Web.Hosting;

/// <summary>The host's settings read once at start: its role, the database, the scheduler and planning sections.</summary>
public sealed record HostSettings(HostRole Role, string ConnectionString, SchedulerSettings Scheduler, RunServiceSettings Planning)
{
    public const string EnvironmentPrefix = "ORDERMATCH_";
    public const string RoleKey = "Host:Role";

    public bool ServesApi => Role is HostRole.Web or HostRole.Both;

    public bool RunsJobs => Role is HostRole.Worker or HostRole.Both;

    public static HostSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var roleText = configuration[RoleKey];
        var role = HostRole.Both;
        if (!string.IsNullOrWhiteSpace(roleText) && (!Enum.TryParse(roleText, ignoreCase: true, out role) || !Enum.IsDefined(role)))
        {
            throw new OptionsValidationException(RoleKey, typeof(HostRole),
                [$"{RoleKey} is '{roleText}': it must be web, worker or both"]);
        }

        var connection = configuration.GetConnectionString("OrderMatch") is { Length: > 0 } value
            ? value
            : throw new OptionsValidationException("ConnectionStrings:OrderMatch", typeof(string),
                ["no connection string: set ConnectionStrings:OrderMatch in appsettings.json or ORDERMATCH_ConnectionStrings__OrderMatch"]);
        var scheduler = SchedulerSettings.FromConfiguration(configuration);
        if (string.IsNullOrEmpty(scheduler.ConnectionString))
        {
            scheduler = scheduler with { ConnectionString = connection };
        }

        var planning = configuration.GetSection(RunServiceSettings.SectionName).Get<RunServiceSettings>() ?? new RunServiceSettings();
        return new HostSettings(role, connection, scheduler, planning);
    }
}
