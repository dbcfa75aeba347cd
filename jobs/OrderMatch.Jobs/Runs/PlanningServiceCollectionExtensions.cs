using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OrderMatch.Jobs.Partitions;
using OrderMatch.Jobs.Scheduling;
using Quartz;

namespace OrderMatch.Jobs.Runs;

/// <summary>Registers what planning runs need (the data source, the run service, the run requests) and what a worker adds.</summary>
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
        services.AddOrderMatchPartitions();
        return services;
    }

    /// <summary>
    /// Makes the process a worker of the planning cluster: the schema migrated and the re-plan trigger kept
    /// (<see cref="WorkerStartup"/>, first), then the scheduler started; on shutdown it waits for running jobs, which
    /// hand their runs back to the cluster.
    /// </summary>
    public static IServiceCollection AddOrderMatchWorker(this IServiceCollection services, SchedulerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddHostedService<WorkerStartup>();
        services.AddOrderMatchScheduler(settings);
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return services;
    }
}
