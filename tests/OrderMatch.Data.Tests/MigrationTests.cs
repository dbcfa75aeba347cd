using Dapper;
using Npgsql;
using OrderMatch.Data.Schema;
using OrderMatch.TestSupport;

namespace OrderMatch.Data.Tests;

public sealed class MigrationTests
{
    [Fact]
    public async Task From_empty_applies_every_migration_and_a_rerun_is_a_no_op()
    {
        await using var database = await TestDatabase.CreateAsync("migrate");
        await using var dataSource = NpgsqlDataSource.Create(database.ConnectionString);

        var first = await Migrator.MigrateAsync(dataSource);
        var second = await Migrator.MigrateAsync(dataSource);

        Assert.Equal(MigrationCatalog.All.Select(m => m.Version), first.Applied.Select(m => m.Version));
        Assert.Empty(second.Applied);
        Assert.Equal(MigrationCatalog.All.Count, second.AlreadyApplied);
        await using var connection = await dataSource.OpenConnectionAsync();
        var tables = (await connection.QueryAsync<string>(
            "select table_name from information_schema.tables where table_schema = 'public'")).ToHashSet();
        foreach (var table in new[] { "orders", "planning_runs", "plans", "plan_classes", "plan_sessions", "plan_enrollments",
                     "plan_unassigned", "plan_unassigned_reasons", "pins", "audit_log", "institutions", "trainers", "rooms" })
        {
            Assert.Contains(table, tables);
        }
    }

    [Fact]
    public async Task Concurrent_migrations_apply_each_script_once()
    {
        await using var database = await TestDatabase.CreateAsync("migrate_race");
        await using var dataSource = NpgsqlDataSource.Create(database.ConnectionString);

        var results = await Task.WhenAll(Migrator.MigrateAsync(dataSource), Migrator.MigrateAsync(dataSource), Migrator.MigrateAsync(dataSource));

        Assert.Equal(MigrationCatalog.All.Count, results.Sum(r => r.Applied.Count));
    }

    [Fact]
    public async Task A_script_changed_after_it_was_applied_is_refused_by_name()
    {
        await using var database = await TestDatabase.CreateAsync("migrate_changed");
        await using var dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        await Migrator.MigrateAsync(dataSource);
        await using (var connection = await dataSource.OpenConnectionAsync())
        {
            await connection.ExecuteAsync("update schema_migrations set checksum = 'edited' where version = 2");
        }

        var error = await Assert.ThrowsAsync<MigrationException>(() => Migrator.MigrateAsync(dataSource));

        Assert.Contains("0002_orders", error.Message, StringComparison.Ordinal);
        Assert.Contains("changed after it was applied", error.Message, StringComparison.Ordinal);
    }
}
