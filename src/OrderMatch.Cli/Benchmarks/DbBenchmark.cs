using System.Diagnostics;
using Dapper;
using Npgsql;
using OrderMatch.Data.Import;
using OrderMatch.Data.Plans;
using OrderMatch.Data.Schema;
using OrderMatch.Data.Snapshot;
using OrderMatch.Domain.Generation;
using OrderMatch.Domain.Model;

namespace OrderMatch.Cli.Benchmarks;

/// <summary>
/// Times the database side of a planning run on a scratch database: import, snapshot load (one REPEATABLE READ
/// transaction) and plan write-back (one transaction, binary COPY), each repeated.
/// </summary>
internal sealed class DbBenchmark(string adminConnectionString)
{
    public async Task<DbBenchmarkResult> RunAsync(Scenario scenario, int runs, CancellationToken cancellationToken)
    {
        var name = $"ordermatch_bench_{Environment.ProcessId}";
        await ExecuteAdminAsync($"drop database if exists \"{name}\" with (force)", cancellationToken).ConfigureAwait(false);
        await ExecuteAdminAsync($"create database \"{name}\"", cancellationToken).ConfigureAwait(false);
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name };
            await using var dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
            await Migrator.MigrateAsync(dataSource, progress: null, cancellationToken).ConfigureAwait(false);
            var clock = Stopwatch.StartNew();
            await ScenarioImporter.ImportAsync(dataSource, scenario, "bench", cancellationToken).ConfigureAwait(false);
            var import = clock.Elapsed.TotalSeconds;
            var loads = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                clock.Restart();
                await SnapshotReader.ReadAsync(dataSource, cancellationToken).ConfigureAwait(false);
                loads.Add(clock.Elapsed.TotalSeconds);
            }

            var plan = ShapedPlan.For(scenario);
            var writes = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
                clock.Restart();
                await using (var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false))
                {
                    await PlanWriter.WriteAsync(connection, transaction, plan, runId: null, PlanStatus.Proposed, cancellationToken).ConfigureAwait(false);
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                }

                writes.Add(clock.Elapsed.TotalSeconds);
                await connection.ExecuteAsync(new CommandDefinition("delete from plans", cancellationToken: cancellationToken)).ConfigureAwait(false);
            }

            return new DbBenchmarkResult(import, loads, writes, plan.Classes.Count, plan.Classes.Sum(k => k.Sessions.Count),
                plan.Classes.Sum(k => k.Enrollments.Count), plan.Unassigned.Count);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAdminAsync($"drop database if exists \"{name}\" with (force)", CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task ExecuteAdminAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(sql, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }
}
