using Npgsql;
using OrderMatch.Data.Schema;
using OrderMatch.TestSupport;

namespace OrderMatch.Data.Tests;

/// <summary>A fresh database with the schema applied, for one test.</summary>
public sealed class MigratedDatabase : IAsyncDisposable
{
    private readonly TestDatabase _database;

    private MigratedDatabase(TestDatabase database)
    {
        _database = database;
        DataSource = NpgsqlDataSource.Create(database.ConnectionString);
    }

    public NpgsqlDataSource DataSource { get; }

    public string ConnectionString => _database.ConnectionString;

    public static async Task<MigratedDatabase> CreateAsync()
    {
        var db = new MigratedDatabase(await TestDatabase.CreateAsync("data"));
        await Migrator.MigrateAsync(db.DataSource);
        return db;
    }

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        await _database.DisposeAsync();
    }
}
