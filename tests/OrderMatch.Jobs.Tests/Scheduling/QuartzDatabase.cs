using Npgsql;
using OrderMatch.Domain.Tests;
using OrderMatch.TestSupport;

namespace OrderMatch.Jobs.Tests.Scheduling;

/// <summary>
/// An empty database with migration 0050_quartz.sql applied the way the migration runner applies it: the file
/// read from the repository and executed in one transaction. Shared by the scheduling tests, which keep out of
/// each other's way by giving every test a cluster name (Quartz <c>sched_name</c>) of its own.
/// </summary>
public sealed class QuartzDatabase : IAsyncLifetime
{
    private TestDatabase? database;

    public static string MigrationPath =>
        Path.Combine(TestData.RepositoryRoot, "src", "OrderMatch.Data", "Migrations", "0050_quartz.sql");

    public string ConnectionString => Database.ConnectionString;

    private TestDatabase Database => database ?? throw new InvalidOperationException("The database is created in InitializeAsync.");

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync("quartz");
        var script = await File.ReadAllTextAsync(MigrationPath);
        await using var connection = Database.Open();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var command = new NpgsqlCommand(script, connection, transaction))
        {
            await command.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    public async Task DisposeAsync()
    {
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = Database.Open();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task<T> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = Database.Open();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var result = await command.ExecuteScalarAsync();
        return result is null or DBNull ? default! : (T)result;
    }

    public async Task<List<string>> StringsAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = Database.Open();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
