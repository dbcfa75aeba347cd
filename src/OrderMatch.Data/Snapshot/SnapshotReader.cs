using System.Data;
using Dapper;
using Npgsql;
using OrderMatch.Data.Notifications;
using OrderMatch.Data.Pins;
using OrderMatch.Data.Plans;
using OrderMatch.Domain.Model;

namespace OrderMatch.Data.Snapshot;

/// <summary>
/// Reads the planning snapshot — the scenario a run optimizes — in one REPEATABLE READ, read-only transaction, so every
/// table is read as of the same moment and a run never sees half of a concurrent update. Open orders are those
/// submitted, planned or approved; the approved plan in force becomes <c>previousPlan</c>, less the classes its
/// institutions declined (their orders are open demand again); decision pins come along (<see cref="ReadPlanningAsync"/>).
/// </summary>
public static class SnapshotReader
{
    public static readonly IReadOnlyList<string> OpenOrderStatuses = ["submitted", "planned", "approved"];

    public static async Task<Scenario> ReadAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken = default) =>
        (await ReadPlanningAsync(dataSource, cancellationToken).ConfigureAwait(false)).Scenario;

    /// <summary>The scenario and, from the same snapshot, the decision pins a run hands to the solver.</summary>
    public static async Task<PlanningSnapshot> ReadPlanningAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition("set transaction read only", transaction: transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        var read = new SnapshotQueries(connection, transaction, cancellationToken);
        var settings = await read.SettingsAsync().ConfigureAwait(false)
            ?? throw new SnapshotException("no scenario has been imported into this database yet (run `ordermatch db import SCENARIO.json`)");
        var scenario = new Scenario
        {
            Name = settings.Name,
            Horizon = settings.Horizon,
            Policy = settings.Policy,
            Regions = await read.RegionsAsync().ConfigureAwait(false),
            Courses = await read.CoursesAsync().ConfigureAwait(false),
            Institutions = await read.InstitutionsAsync().ConfigureAwait(false),
            Bases = await read.BasesAsync().ConfigureAwait(false),
            Trainers = await read.TrainersAsync().ConfigureAwait(false),
            Enterprises = await read.EnterprisesAsync().ConfigureAwait(false),
            Orders = await read.OrdersAsync(OpenOrderStatuses).ConfigureAwait(false),
            Pinned = await read.PinsAsync().ConfigureAwait(false),
        };
        if (await PlanInForce.FindIdAsync(connection, transaction, cancellationToken).ConfigureAwait(false) is { } planId)
        {
            var declined = await ClassResponses.DeclinedClassIdsAsync(connection, transaction, planId, cancellationToken).ConfigureAwait(false);
            var classes = await PlanReader.ReadClassesAsync(connection, transaction, planId, cancellationToken).ConfigureAwait(false);
            scenario = scenario with
            {
                PreviousPlan = new PreviousPlan { Classes = [.. classes.Where(k => !declined.Contains(k.Id))] },
            };
        }

        var decisionPins = await DecisionPins.ReadAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new PlanningSnapshot(scenario, OpenOnly(decisionPins, scenario));
    }

    private static List<DecisionPin> OpenOnly(IReadOnlyList<DecisionPin> pins, Scenario scenario)
    {
        var open = scenario.Orders.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        return [.. pins.Select(p => p with { Orders = [.. p.Orders.Where(open.Contains)] }).Where(p => p.Orders.Count > 0)];
    }
}
