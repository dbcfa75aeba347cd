using BenchmarkDotNet.Attributes;
using Npgsql;
using OrderMatch.Data.Import;
using OrderMatch.Data.Plans;
using OrderMatch.Data.Schema;
using OrderMatch.Data.Snapshot;
using OrderMatch.Domain.Generation;
using OrderMatch.Domain.Model;

namespace OrderMatch.Benchmarks;

/// <summary>
/// The database side of a planning run against PostgreSQL: the snapshot read in one REPEATABLE READ transaction, and a
/// full-volume plan written in one transaction by binary COPY. Works in a scratch database created and dropped here;
/// the server is the one of <c>ORDERMATCH_BENCH_CONNECTION</c> (default: the loopback server the scripts start).
/// </summary>
[MemoryDiagnoser]
public class DatabaseBenchmarks
{
    private const string DefaultConnection = "Host=127.0.0.1;Port=5432;Username=ordermatch;Password=ordermatch;Database=ordermatch";

    private readonly string _admin = Environment.GetEnvironmentVariable("ORDERMATCH_BENCH_CONNECTION") ?? DefaultConnection;
    private readonly string _database = $"ordermatch_dotnetbench_{Environment.ProcessId}";
    private NpgsqlDataSource _dataSource = null!;
    private Plan _plan = null!;

    [Params(Tier.S, Tier.L)]
    public Tier Tier { get; set; }

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => CleanupAsync().GetAwaiter().GetResult();

    /// <summary>All open orders and the reference data, as a planning run reads them.</summary>
    [Benchmark]
    public int SnapshotLoad() => SnapshotReader.ReadAsync(_dataSource).GetAwaiter().GetResult().Orders.Count;

    /// <summary>One plan of the scenario's full volume (every order enrolled), written and committed, then removed again.</summary>
    [Benchmark]
    public long PlanWriteBack() => WriteBackAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        await ExecuteAdminAsync($"drop database if exists \"{_database}\" with (force)").ConfigureAwait(false);
        await ExecuteAdminAsync($"create database \"{_database}\"").ConfigureAwait(false);
        _dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(_admin) { Database = _database }.ConnectionString);
        await Migrator.MigrateAsync(_dataSource).ConfigureAwait(false);
        var scenario = ScenarioGenerator.Generate(Tier, 1);
        await ScenarioImporter.ImportAsync(_dataSource, scenario, "bench").ConfigureAwait(false);
        _plan = ShapedPlan.For(scenario);
    }

    private async Task<long> WriteBackAsync()
    {
        await using var connection = await _dataSource.OpenConnectionAsync().ConfigureAwait(false);
        long planId;
        await using (var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false))
        {
            planId = await PlanWriter.WriteAsync(connection, transaction, _plan, runId: null, PlanStatus.Proposed, CancellationToken.None).ConfigureAwait(false);
            await transaction.CommitAsync().ConfigureAwait(false);
        }

        await using var delete = new NpgsqlCommand("delete from plans", connection);
        await delete.ExecuteNonQueryAsync().ConfigureAwait(false);
        return planId;
    }

    private async Task CleanupAsync()
    {
        await _dataSource.DisposeAsync().ConfigureAwait(false);
        NpgsqlConnection.ClearAllPools();
        await ExecuteAdminAsync($"drop database if exists \"{_database}\" with (force)").ConfigureAwait(false);
    }

    private async Task ExecuteAdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync().ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }
}
