using System.Text.Json;
using Dapper;
using Npgsql;
using OrderMatch.Data.Text;
using OrderMatch.Domain.Json;
using OrderMatch.Domain.Model;

namespace OrderMatch.Data.Plans;

/// <summary>Reads a stored plan back as a FORMAT.md plan, in the order it was written.</summary>
public static class PlanReader
{
    public static async Task<StoredPlan?> ReadAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, long planId,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var head = await connection.QuerySingleOrDefaultAsync<PlanRow>(new CommandDefinition("""
            select id, run_id, status, scenario_name, objective_total, unserved, tuition, room_fees, trainee_travel,
                   trainer_travel, class_opening, quality, changes, kpis::text as kpis, solver_status, solver_bound, solver_seconds
            from plans where id = @planId
            """, new { planId }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (head is null)
        {
            return null;
        }

        var classes = await ReadClassesAsync(connection, transaction, planId, cancellationToken).ConfigureAwait(false);
        var unassigned = await ReadUnassignedAsync(connection, transaction, planId, cancellationToken).ConfigureAwait(false);
        var plan = new Plan
        {
            Scenario = head.scenario_name,
            Classes = classes,
            Unassigned = unassigned,
            Objective = new Objective(head.objective_total, new ObjectiveComponents
            {
                Unserved = head.unserved,
                Tuition = head.tuition,
                RoomFees = head.room_fees,
                TraineeTravel = head.trainee_travel,
                TrainerTravel = head.trainer_travel,
                ClassOpening = head.class_opening,
                Quality = head.quality,
                Changes = head.changes,
            }),
            Kpis = JsonSerializer.Deserialize<Kpis>(head.kpis, FormatJson.CompactOptions) ?? new Kpis(),
            Solver = head.solver_status is { } status
                ? new SolverInfo { Status = FormatText.Parse<SolverStatus>(status), Bound = head.solver_bound, Seconds = head.solver_seconds ?? 0 }
                : null,
        };
        return new StoredPlan(head.id, head.run_id, FormatText.Parse<PlanStatus>(head.status), plan);
    }

    /// <summary>The classes of a stored plan with their sessions and enrollments.</summary>
    public static async Task<IReadOnlyList<PlanClass>> ReadClassesAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction,
        long planId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var args = new { planId };
        var classes = await connection.QueryAsync<ClassRow>(new CommandDefinition(
            "select class_id, course, institution, trainer, room, start_week, pattern from plan_classes where plan_id = @planId order by position",
            args, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var sessions = (await connection.QueryAsync<(string ClassId, DateOnly Date, string Period)>(new CommandDefinition(
            "select class_id, session_date, period from plan_sessions where plan_id = @planId order by class_id, position",
            args, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false))
            .ToLookup(s => s.ClassId, s => new Session(s.Date, s.Period), StringComparer.Ordinal);
        var enrollments = (await connection.QueryAsync<(string ClassId, string OrderId, int Trainees)>(new CommandDefinition(
            "select class_id, order_id, trainees from plan_enrollments where plan_id = @planId order by class_id, position",
            args, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false))
            .ToLookup(e => e.ClassId, e => new Enrollment(e.OrderId, e.Trainees), StringComparer.Ordinal);
        return [.. classes.Select(k => new PlanClass
        {
            Id = k.class_id,
            Course = k.course,
            Institution = k.institution,
            Trainer = k.trainer,
            Room = k.room,
            StartWeek = k.start_week,
            Pattern = k.pattern,
            Sessions = [.. sessions[k.class_id]],
            Enrollments = [.. enrollments[k.class_id]],
        })];
    }

    private static async Task<IReadOnlyList<Unassigned>> ReadUnassignedAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction,
        long planId, CancellationToken cancellationToken)
    {
        var args = new { planId };
        var rows = await connection.QueryAsync<(string OrderId, int Trainees)>(new CommandDefinition(
            "select order_id, trainees from plan_unassigned where plan_id = @planId order by position",
            args, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var reasons = (await connection.QueryAsync(new CommandDefinition(
            "select order_id, code, detail, entities from plan_unassigned_reasons where plan_id = @planId order by order_id, position",
            args, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false))
            .ToLookup(r => (string)r.order_id, r => new Reason
            {
                Code = FormatText.Parse<ReasonCode>((string)r.code), Detail = (string)r.detail, Entities = (string[])r.entities,
            }, StringComparer.Ordinal);
        return [.. rows.Select(u => new Unassigned { Order = u.OrderId, Trainees = u.Trainees, Reasons = [.. reasons[u.OrderId]] })];
    }
}
