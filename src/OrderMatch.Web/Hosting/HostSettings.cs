using Microsoft.Extensions.Options;
using OrderMatch.Jobs.Hosting;
using OrderMatch.Jobs.Runs;
using OrderMatch.Jobs.Scheduling;

namespace OrderMatch.Web.Hosting;

/// <summary>The host's settings read once at start: its role, the database, the scheduler and planning sections.</summary>
public sealed record HostSettings(HostRole Role, string ConnectionString, SchedulerSettings Scheduler, RunServiceSettings Planning)
{
    public const string EnvironmentPrefix = OrderMatchConfiguration.EnvironmentPrefix;
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

        return new HostSettings(role, OrderMatchConfiguration.ConnectionString(configuration), OrderMatchConfiguration.Scheduler(configuration),
            OrderMatchConfiguration.Planning(configuration));
    }
}
