using Microsoft.Extensions.DependencyInjection;
using OrderMatch.Solver.Partitions;

namespace OrderMatch.Jobs.Partitions;

/// <summary>Registers what partitioned runs need: the services splitting, solving and merging partitions, and their jobs.</summary>
public static class PartitionServiceCollectionExtensions
{
    public static IServiceCollection AddOrderMatchPartitions(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(new PartitionOptions());
        services.AddSingleton<PartitionQueue>();
        services.AddSingleton<PartitionDispatcher>();
        services.AddSingleton<PartitionSolveService>();
        services.AddSingleton<PartitionMergeService>();
        services.AddTransient<PartitionSolveJob>();
        services.AddTransient<PartitionMergeJob>();
        return services;
    }
}
