using Dapper;
using Npgsql;
using OrderMatch.Data.Audit;
using OrderMatch.Data.Plans;
using OrderMatch.Domain.Model;

namespace OrderMatch.Data.Import;

/// <summary>
/// Upserts a scenario's reference data, orders and pins into the database in one transaction. Rows are matched by
/// id; a row is written only when its content differs, so a re-import is a no-op. Orders keep their lifecycle status.
/// Child lists (offers, rooms, qualifications, unavailability, pin enrollments) of an imported parent are replaced by
/// the imported list. A scenario's previousPlan becomes the approved plan in force unless that plan already has the
/// same classes. The caller validates the scenario first (ScenarioLoader).
/// </summary>
public static class ScenarioImporter
{
    public static async Task<ImportSummary> ImportAsync(NpgsqlDataSource dataSource, Scenario scenario, string actor,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(scenario);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var written = new Dictionary<string, int>(StringComparer.Ordinal);
        var run = new ImportBatch(connection, transaction, cancellationToken, written);
        await ReferenceUpserts.WriteSettingsAsync(run, scenario).ConfigureAwait(false);
        await ReferenceUpserts.WriteRegionsAsync(run, scenario.Regions).ConfigureAwait(false);
        await ReferenceUpserts.WriteCoursesAsync(run, scenario.Courses).ConfigureAwait(false);
        await ReferenceUpserts.WriteInstitutionsAsync(run, scenario.Institutions).ConfigureAwait(false);
        await ReferenceUpserts.WriteBasesAsync(run, scenario.Bases).ConfigureAwait(false);
        await ReferenceUpserts.WriteTrainersAsync(run, scenario.Trainers).ConfigureAwait(false);
        await ReferenceUpserts.WriteEnterprisesAsync(run, scenario.Enterprises).ConfigureAwait(false);
        await OrderUpserts.WriteOrdersAsync(run, scenario.Orders).ConfigureAwait(false);
        await OrderUpserts.WritePinsAsync(run, scenario.Pinned, actor).ConfigureAwait(false);
        if (scenario.PreviousPlan is { Classes.Count: > 0 } previous)
        {
            written["plans"] = await PlanInForce.ImportAsync(connection, transaction, scenario, previous, actor, cancellationToken)
                .ConfigureAwait(false) ? 1 : 0;
        }

        var summary = new ImportSummary(written);
        await AuditLog.WriteAsync(connection, transaction, actor, "scenario.imported", "scenario", scenario.Name,
            new { written = summary.Written, total = summary.Total }, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return summary;
    }
}
