using System.Text.Json;
using Dapper;
using Npgsql;
using OrderMatch.Domain.Checking;
using OrderMatch.Domain.Json;
using OrderMatch.Domain.Model;

namespace OrderMatch.Data.Plans;

/// <summary>
/// The approved plan in force: the scenario's <c>previousPlan</c> when a run re-plans, replaced on approval or import.
/// </summary>
public static class PlanInForce
{
    public static async Task<long?> FindIdAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction,
        CancellationToken cancellationToken = default) =>
        await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
            "select id from plans where status = 'approved'", transaction: transaction, cancellationToken: cancellationToken))
            .ConfigureAwait(false);

    /// <summary>
    /// Stores an imported previousPlan as the approved plan in force (the former one becomes superseded), unless the
    /// plan in force already has exactly these classes. Returns whether anything was written.
    /// </summary>
    public static async Task<bool> ImportAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Scenario scenario,
        PreviousPlan previous, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(previous);
        var current = await FindIdAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        if (current is { } id)
        {
            var classes = await PlanReader.ReadClassesAsync(connection, transaction, id, cancellationToken).ConfigureAwait(false);
            if (JsonSerializer.Serialize(classes, FormatJson.CompactOptions) == JsonSerializer.Serialize(previous.Classes, FormatJson.CompactOptions))
            {
                return false;
            }

            await connection.ExecuteAsync(new CommandDefinition(
                "update plans set status = 'superseded', decided_at = now(), decided_by = @actor where id = @id",
                new { id, actor }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }

        var index = new ScenarioIndex(scenario);
        var plan = new Plan
        {
            Scenario = scenario.Name,
            Classes = previous.Classes,
            Objective = PlanEvaluator.Rounded(PlanEvaluator.Objective(index, previous.Classes, [])),
            Kpis = PlanEvaluator.Kpis(index, previous.Classes),
        };
        await PlanWriter.WriteAsync(connection, transaction, plan, runId: null, PlanStatus.Approved, cancellationToken).ConfigureAwait(false);
        return true;
    }
}
