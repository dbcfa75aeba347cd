using Npgsql;
using OrderMatch.Data.Schema;

namespace OrderMatch.Web.Hosting;

/// <summary>Brings the schema up to date before a web-only host serves requests (workers do it in WorkerStartup).</summary>
public sealed class WebStartup(NpgsqlDataSource dataSource) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        Migrator.MigrateAsync(dataSource, progress: null, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
