using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OrderMatch.Data.Runs;
using OrderMatch.Jobs.Runs;
using OrderMatch.Jobs.Scheduling;

namespace OrderMatch.Cli.Configuration;

/// <summary>
/// What a command needs to queue work for the cluster without being a worker itself: the data source and a scheduler
/// that stores jobs but is never started.
/// </summary>
internal sealed class ClusterClient : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public ClusterClient(string? connection)
    {
        var configuration = CliConfiguration.Build(connection);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddOrderMatchPlanning(CliConfiguration.ConnectionString(configuration), CliConfiguration.Planning(configuration));
        services.AddOrderMatchScheduler(CliConfiguration.Scheduler(configuration));
        _services = services.BuildServiceProvider();
    }

    public NpgsqlDataSource DataSource => _services.GetRequiredService<NpgsqlDataSource>();

    public PlanningRuns Runs => new(DataSource);

    public RunRequests Requests => _services.GetRequiredService<RunRequests>();

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
