using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using OrderMatch.Data.Import;
using OrderMatch.Data.Runs;
using OrderMatch.Data.Schema;
using OrderMatch.Domain.Model;
using OrderMatch.Jobs.Runs;
using OrderMatch.TestSupport;

namespace OrderMatch.Jobs.Tests.Runs;

/// <summary>A migrated database holding one imported scenario, with the run table and service at hand.</summary>
internal sealed class RunDatabase : IAsyncDisposable
{
    private readonly TestDatabase _database;

    private RunDatabase(TestDatabase database)
    {
        _database = database;
        DataSource = NpgsqlDataSource.Create(database.ConnectionString);
        Runs = new PlanningRuns(DataSource);
    }

    public NpgsqlDataSource DataSource { get; }

    public PlanningRuns Runs { get; }

    public string ConnectionString => _database.ConnectionString;

    public static async Task<RunDatabase> CreateAsync(Scenario scenario)
    {
        var db = new RunDatabase(await TestDatabase.CreateAsync("runs"));
        await Migrator.MigrateAsync(db.DataSource);
        await ScenarioImporter.ImportAsync(db.DataSource, scenario, "test");
        return db;
    }

    public PlanningRunService Service(TimeSpan? progressInterval = null) =>
        new(DataSource, new RunServiceSettings { ProgressInterval = progressInterval ?? TimeSpan.FromMilliseconds(500) },
            NullLogger<PlanningRunService>.Instance);

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        await _database.DisposeAsync();
    }
}
