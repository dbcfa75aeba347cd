using Npgsql;
using OrderMatch.Data.Audit;
using OrderMatch.Data.Schema;
using OrderMatch.TestSupport;

namespace OrderMatch.Web.UiTests.Units;

public sealed class AuditLogReaderTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private NpgsqlDataSource _dataSource = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync("audit");
        _dataSource = NpgsqlDataSource.Create(_database.ConnectionString);
        await Migrator.MigrateAsync(_dataSource, progress: null, CancellationToken.None);
        await using var connection = await _dataSource.OpenConnectionAsync();
        for (var i = 1; i <= 7; i++)
        {
            await AuditLog.WriteAsync(connection, null, "coord", i % 2 == 0 ? "run.requested" : "order.created",
                i % 2 == 0 ? "planning_run" : "order", $"X{i}", new { n = i });
        }
    }

    public async Task DisposeAsync()
    {
        await _dataSource.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Pages_run_newest_first_and_count_every_entry()
    {
        var reader = new AuditLogReader(_dataSource);

        var first = await reader.ReadAsync(null, 1, 3);
        var last = await reader.ReadAsync(null, 3, 3);

        Assert.Equal(7, first.Total);
        Assert.Equal(3, first.Pages);
        Assert.Equal(["X7", "X6", "X5"], first.Entries.Select(e => e.EntityId));
        Assert.Equal(["X1"], last.Entries.Select(e => e.EntityId));
        Assert.Contains("\"n\": 7", first.Entries[0].Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_filter_keeps_one_kind_of_entity()
    {
        var reader = new AuditLogReader(_dataSource);

        var runs = await reader.ReadAsync("planning_run", 1, 50);

        Assert.Equal(3, runs.Total);
        Assert.All(runs.Entries, e => Assert.Equal("planning_run", e.Entity));
        Assert.Equal(["order", "planning_run"], await reader.EntitiesAsync());
        Assert.Empty((await reader.ReadAsync("nothing", 1, 50)).Entries);
    }

    [Fact]
    public async Task A_page_outside_the_bounds_is_refused()
    {
        var reader = new AuditLogReader(_dataSource);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => reader.ReadAsync(null, 0, 10));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => reader.ReadAsync(null, 1, AuditLogReader.MaxPageSize + 1));
    }
}
