using System.Text.Json;
using Dapper;
using OrderMatch.Data.Import;
using OrderMatch.Data.Plans;
using OrderMatch.Data.Snapshot;
using OrderMatch.Domain.Checking;
using OrderMatch.Domain.Json;
using OrderMatch.Domain.Tests;
using OrderMatch.Domain.Validation;
using Npgsql;

namespace OrderMatch.Data.Tests;

public sealed class PlanStoreTests
{
    [Fact]
    public async Task A_written_plan_reads_back_identical_and_checks_clean_against_the_exported_scenario()
    {
        await using var db = await MigratedDatabase.CreateAsync();
        var scenario = ScenarioLoader.LoadFile(TestData.TinyScenarioPath).Value!;
        var plan = PlanLoader.LoadFile(TestData.File("tiny.plan.json")).Value!;
        await ScenarioImporter.ImportAsync(db.DataSource, scenario, "test");

        var planId = await WriteAsync(db.DataSource, plan, PlanStatus.Proposed);
        await using var connection = await db.DataSource.OpenConnectionAsync();
        var stored = await PlanReader.ReadAsync(connection, null, planId);
        var exportedScenario = await SnapshotReader.ReadAsync(db.DataSource);

        Assert.NotNull(stored);
        Assert.Equal(PlanStatus.Proposed, stored.Status);
        Assert.Equal(JsonSerializer.Serialize(plan, FormatJson.Options), JsonSerializer.Serialize(stored.Plan, FormatJson.Options));
        var report = PlanChecker.Check(exportedScenario, stored.Plan);
        Assert.True(report.IsValid, string.Join("; ", report.Violations.Select(v => v.Message)));
        Assert.True(report.ObjectiveMatches);
    }

    [Fact]
    public async Task The_database_allows_one_approved_plan_and_checks_enrollment_counts()
    {
        await using var db = await MigratedDatabase.CreateAsync();
        var scenario = ScenarioLoader.LoadFile(TestData.TinyScenarioPath).Value!;
        var plan = PlanLoader.LoadFile(TestData.File("tiny.plan.json")).Value!;
        await ScenarioImporter.ImportAsync(db.DataSource, scenario, "test");
        await WriteAsync(db.DataSource, plan, PlanStatus.Approved);

        var second = await Assert.ThrowsAsync<PostgresException>(() => WriteAsync(db.DataSource, plan, PlanStatus.Approved));
        Assert.Equal(PostgresErrorCodes.UniqueViolation, second.SqlState);
        await using var connection = await db.DataSource.OpenConnectionAsync();
        var zero = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync(
            "update plan_enrollments set trainees = 0 where position = 0"));
        Assert.Equal(PostgresErrorCodes.CheckViolation, zero.SqlState);
        var unknownOrder = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync(
            "update plan_enrollments set order_id = 'NO-SUCH-ORDER' where position = 0"));
        Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, unknownOrder.SqlState);
        Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("select count(*) from plans"));
    }

    private static async Task<long> WriteAsync(NpgsqlDataSource dataSource, Domain.Model.Plan plan, PlanStatus status)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var id = await PlanWriter.WriteAsync(connection, transaction, plan, runId: null, status);
        await transaction.CommitAsync();
        return id;
    }
}
