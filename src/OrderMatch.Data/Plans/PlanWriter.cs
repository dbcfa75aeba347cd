using System.Text.Json;
using Dapper;
using Npgsql;
using NpgsqlTypes;
using OrderMatch.Data.Text;
using OrderMatch.Domain.Json;
using OrderMatch.Domain.Model;

namespace OrderMatch.Data.Plans;

/// <summary>
/// Writes a plan inside the caller's transaction: one row in <c>plans</c>, then its classes, sessions, enrollments and
/// unassigned demand with reasons through binary COPY (tens of thousands of rows for a province-sized plan).
/// </summary>
public static class PlanWriter
{
    public static async Task<long> WriteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Plan plan, long? runId,
        PlanStatus status, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(plan);
        var c = plan.Objective.Components;
        var planId = await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
            insert into plans (run_id, source, status, scenario_name, objective_total, unserved, tuition, room_fees,
                               trainee_travel, trainer_travel, class_opening, quality, changes, kpis,
                               solver_status, solver_bound, solver_seconds, decided_at)
            values (@runId, @source, @status, @scenario, @total, @unserved, @tuition, @roomFees, @traineeTravel,
                    @trainerTravel, @classOpening, @quality, @changes, @kpis::jsonb, @solverStatus, @solverBound,
                    @solverSeconds, case when @status = 'proposed' then null else now() end)
            returning id
            """, new
        {
            runId,
            source = runId is null ? "import" : "run",
            status = FormatText.Of(status),
            scenario = plan.Scenario,
            total = plan.Objective.Total,
            c.Unserved,
            c.Tuition,
            c.RoomFees,
            c.TraineeTravel,
            c.TrainerTravel,
            c.ClassOpening,
            c.Quality,
            c.Changes,
            kpis = JsonSerializer.Serialize(plan.Kpis, FormatJson.CompactOptions),
            solverStatus = plan.Solver is { } s ? FormatText.Of(s.Status) : null,
            solverBound = plan.Solver?.Bound,
            solverSeconds = plan.Solver?.Seconds,
        }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);

        await CopyClassesAsync(connection, planId, plan.Classes, cancellationToken).ConfigureAwait(false);
        await CopySessionsAsync(connection, planId, plan.Classes, cancellationToken).ConfigureAwait(false);
        await CopyEnrollmentsAsync(connection, planId, plan.Classes, cancellationToken).ConfigureAwait(false);
        await CopyUnassignedAsync(connection, planId, plan.Unassigned, cancellationToken).ConfigureAwait(false);
        return planId;
    }

    private static async Task CopyClassesAsync(NpgsqlConnection connection, long planId, IReadOnlyList<PlanClass> classes,
        CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "copy plan_classes (plan_id, class_id, course, institution, trainer, room, start_week, pattern, position) from stdin (format binary)",
            cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < classes.Count; i++)
        {
            var k = classes[i];
            await writer.StartRowAsync(cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(planId, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(k.Id, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(k.Course, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(k.Institution, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(k.Trainer, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(k.Room, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(k.StartWeek, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(k.Pattern.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await writer.WriteAsync(i, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
        }

        await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task CopySessionsAsync(NpgsqlConnection connection, long planId, IReadOnlyList<PlanClass> classes,
        CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "copy plan_sessions (plan_id, class_id, session_date, period, position) from stdin (format binary)",
            cancellationToken).ConfigureAwait(false);
        foreach (var k in classes)
        {
            for (var i = 0; i < k.Sessions.Count; i++)
            {
                await writer.StartRowAsync(cancellationToken).ConfigureAwait(false);
                await writer.WriteAsync(planId, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
                await writer.WriteAsync(k.Id, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await writer.WriteAsync(k.Sessions[i].Date, NpgsqlDbType.Date, cancellationToken).ConfigureAwait(false);
                await writer.WriteAsync(k.Sessions[i].Period, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await writer.WriteAsync(i, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
            }
        }

        await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task CopyEnrollmentsAsync(NpgsqlConnection connection, long planId, IReadOnlyList<PlanClass> classes,
        CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "copy plan_enrollments (plan_id, class_id, order_id, trainees, position) from stdin (format binary)",
            cancellationToken).ConfigureAwait(false);
        foreach (var k in classes)
        {
            for (var i = 0; i < k.Enrollments.Count; i++)
            {
                await writer.StartRowAsync(cancellationToken).ConfigureAwait(false);
                await writer.WriteAsync(planId, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
                await writer.WriteAsync(k.Id, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await writer.WriteAsync(k.Enrollments[i].Order, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await writer.WriteAsync(k.Enrollments[i].Trainees, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
                await writer.WriteAsync(i, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
            }
        }

        await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task CopyUnassignedAsync(NpgsqlConnection connection, long planId, IReadOnlyList<Unassigned> unassigned,
        CancellationToken cancellationToken)
    {
        await using (var writer = await connection.BeginBinaryImportAsync(
            "copy plan_unassigned (plan_id, order_id, trainees, position) from stdin (format binary)", cancellationToken).ConfigureAwait(false))
        {
            for (var i = 0; i < unassigned.Count; i++)
            {
                await writer.StartRowAsync(cancellationToken).ConfigureAwait(false);
                await writer.WriteAsync(planId, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
                await writer.WriteAsync(unassigned[i].Order, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await writer.WriteAsync(unassigned[i].Trainees, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
                await writer.WriteAsync(i, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
            }

            await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var reasons = await connection.BeginBinaryImportAsync(
            "copy plan_unassigned_reasons (plan_id, order_id, position, code, detail, entities) from stdin (format binary)",
            cancellationToken).ConfigureAwait(false);
        foreach (var u in unassigned)
        {
            for (var i = 0; i < u.Reasons.Count; i++)
            {
                var reason = u.Reasons[i];
                await reasons.StartRowAsync(cancellationToken).ConfigureAwait(false);
                await reasons.WriteAsync(planId, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
                await reasons.WriteAsync(u.Order, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await reasons.WriteAsync(i, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
                await reasons.WriteAsync(FormatText.Of(reason.Code), NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await reasons.WriteAsync(reason.Detail, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await reasons.WriteAsync(reason.Entities.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            }
        }

        await reasons.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }
}
