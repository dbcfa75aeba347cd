using Npgsql;

namespace OrderMatch.TestSupport;

/// <summary>
/// A fresh, empty PostgreSQL database for one test class, dropped again on dispose. The server is the one
/// scripts/postgres.sh starts; <c>ORDERMATCH_TEST_PG</c> overrides the administrative connection string.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private const string DefaultAdmin = "Host=127.0.0.1;Port=5432;Username=ordermatch;Password=ordermatch;Database=postgres";

    private TestDatabase(string name, string connectionString)
    {
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable("ORDERMATCH_TEST_PG") is { Length: > 0 } value ? value : DefaultAdmin;

    public static async Task<TestDatabase> CreateAsync(string prefix, CancellationToken cancellationToken = default)
    {
        var name = $"om_{prefix.ToLowerInvariant()}_{Guid.NewGuid():N}"[..Math.Min(63, prefix.Length + 36)];
        await using (var admin = new NpgsqlConnection(AdminConnectionString))
        {
            await admin.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var create = new NpgsqlCommand($"create database \"{name}\"", admin);
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var builder = new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name };
        return new TestDatabase(name, builder.ConnectionString);
    }

    public NpgsqlConnection Open()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(AdminConnectionString);
        await admin.OpenAsync().ConfigureAwait(false);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var drop = new NpgsqlCommand($"drop database if exists \"{Name}\" with (force)", admin);
                await drop.ExecuteNonQueryAsync().ConfigureAwait(false);
                return;
            }
            catch (PostgresException e) when (attempt < 10 && e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
            {
                // A session this role may not terminate (an autovacuum worker, when the role lacks
                // pg_signal_backend) is still in the database; it leaves on its own shortly.
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt)).ConfigureAwait(false);
            }
        }
    }
}
