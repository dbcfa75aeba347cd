using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace OrderMatch.Jobs.Runs;

/// <summary>Registers what planning runs need: the data source, the run service and the run requests.</summary>
public static class PlanningServiceCollectionExtensions
{
    public static IServiceCollection AddOrderMatchPlanning(this IServiceCollection services, string connectionString, RunServiceSettings settings)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(_ => new NpgsqlDataSourceBuilder(connectionString) { Name = "ordermatch" }.Build());
        services.AddSingleton(settings);
        services.AddSingleton<PlanningRunService>();
        services.AddSingleton<RunRequests>();
        services.AddTransient<SolveRunJob>();
        services.AddTransient<ReplanJob>();
        return services;
    }
}
