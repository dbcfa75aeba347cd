using Dapper;
using Npgsql;

namespace OrderMatch.Data.Schema;

/// <summary>
/// Brings a database up to the schema of this build. Each migration runs in its own transaction together with its
/// row in <c>schema_migrations</c>, so it is applied wholly or not at all; re-running is a no-op. A session-level
/// advisory lock makes concurrent starts (several workers) wait for one another instead of racing.
/// </summary>
public static class Migrator
{
    private const long LockKey = 0x4f4d_4d49_4752; // "OMMIGR"

    public static async Task<MigrationResult> MigrateAsync(NpgsqlDataSource dataSource, IProgress<Migration>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition("select pg_advisory_lock(@LockKey)", new { LockKey },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        try
        {
            await connection.ExecuteAsync(new CommandDefinition("""
                create table if not exists schema_migrations (
                    version     integer primary key,
                    name        text not null,
                    checksum    text not null,
                    applied_at  timestamptz not null default now()
                )
                """, cancellationToken: cancellationToken)).ConfigureAwait(false);
            var applied = (await connection.QueryAsync<(int Version, string Checksum)>(new CommandDefinition(
                "select version, checksum from schema_migrations", cancellationToken: cancellationToken)).ConfigureAwait(false))
                .ToDictionary(r => r.Version, r => r.Checksum);
            var done = new List<Migration>();
            foreach (var migration in MigrationCatalog.All)
            {
                if (applied.TryGetValue(migration.Version, out var checksum))
                {
                    if (checksum != migration.Checksum)
                    {
                        throw new MigrationException(migration,
                            $"migration {migration.Version:D4}_{migration.Name} was changed after it was applied; add a new migration instead");
                    }

                    continue;
                }

                await ApplyAsync(connection, migration, cancellationToken).ConfigureAwait(false);
                done.Add(migration);
                progress?.Report(migration);
            }

            return new MigrationResult(done, applied.Count);
        }
        finally
        {
            await connection.ExecuteAsync(new CommandDefinition("select pg_advisory_unlock(@LockKey)", new { LockKey },
                cancellationToken: CancellationToken.None)).ConfigureAwait(false);
        }
    }

    private static async Task ApplyAsync(NpgsqlConnection connection, Migration migration, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: transaction,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
        catch (PostgresException e)
        {
            throw new MigrationException(migration,
                $"migration {migration.Version:D4}_{migration.Name} failed ({e.SqlState}: {e.MessageText}); nothing of it was applied", e);
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "insert into schema_migrations (version, name, checksum) values (@Version, @Name, @Checksum)",
            new { migration.Version, migration.Name, migration.Checksum }, transaction, cancellationToken: cancellationToken))
            .ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}
