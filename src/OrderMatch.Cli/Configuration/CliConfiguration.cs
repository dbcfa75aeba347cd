using Microsoft.Extensions.Configuration;
using OrderMatch.Jobs.Hosting;
using OrderMatch.Jobs.Runs;
using OrderMatch.Jobs.Scheduling;

namespace OrderMatch.Cli.Configuration;

/// <summary>
/// Settings of the database-backed commands: appsettings.json next to the program, then environment variables with the
/// prefix <c>ORDERMATCH_</c> (e.g. <c>ORDERMATCH_ConnectionStrings__OrderMatch</c>, <c>ORDERMATCH_Scheduler__MaxConcurrency</c>),
/// then <c>--connection</c>. The defaults reach the PostgreSQL that scripts/postgres.sh starts on loopback.
/// </summary>
internal static class CliConfiguration
{
    public const string EnvironmentPrefix = OrderMatchConfiguration.EnvironmentPrefix;

    public static IConfigurationRoot Build(string? connectionOverride = null)
    {
        var builder = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables(EnvironmentPrefix);
        if (!string.IsNullOrWhiteSpace(connectionOverride))
        {
            builder.AddInMemoryCollection([new KeyValuePair<string, string?>("ConnectionStrings:OrderMatch", connectionOverride)]);
        }

        return builder.Build();
    }

    public static string ConnectionString(IConfiguration configuration) => OrderMatchConfiguration.ConnectionString(configuration);

    public static SchedulerSettings Scheduler(IConfiguration configuration) => OrderMatchConfiguration.Scheduler(configuration);

    public static RunServiceSettings Planning(IConfiguration configuration) => OrderMatchConfiguration.Planning(configuration);
}
