using Dapper;
using Npgsql;
using OrderMatch.Data.Audit;
using OrderMatch.Data.Snapshot;
using OrderMatch.Domain.Model;

namespace OrderMatch.Data.Pins;

/// <summary>
/// Pins for the next run. A whole class goes into <c>pins</c> / <c>pin_enrollments</c> (the scenario's <c>pinned</c>,
/// H17); some of its decisions go into <c>decision_pins</c>. Pinning a class replaces any pin it had; every pin and
/// unpin is audited in the same transaction.
/// </summary>
public sealed class PinStore(NpgsqlDataSource dataSource)
{
    private const string PinColumns = """
        p.class_id, null::bigint as plan_id, p.course, p.institution, i.region, p.trainer, p.room, p.start_week, p.pattern,
        null::text[] as orders, array['class'] as keep, p.pinned_by, p.pinned_at
        """;

    private const string DecisionColumns = """
        d.class_id, d.plan_id, d.course, d.institution, i.region, d.trainer, d.room, d.start_week, d.pattern, d.orders, d.keep,
        d.pinned_by, d.pinned_at
        """;

    public async Task<IReadOnlyList<PinView>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await ReadAsync(connection, null, null, cancellationToken).ConfigureAwait(false);
    }

    public async Task<PinView?> GetAsync(string classId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return (await ReadAsync(connection, null, classId, cancellationToken).ConfigureAwait(false)).SingleOrDefault();
    }

    /// <summary>Pins the class whole, as it is in plan <paramref name="planId"/>.</summary>
    public Task<PinOutcome> PinClassAsync(long planId, PlanClass planClass, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(planClass);
        return WriteAsync(planId, planClass, [PinDecision.WholeClass], actor, async (connection, transaction) =>
        {
            var args = new
            {
                classId = planClass.Id, planClass.Course, planClass.Institution, planClass.Trainer, planClass.Room, planClass.StartWeek,
                pattern = planClass.Pattern.ToArray(), actor,
            };
            await connection.ExecuteAsync(new CommandDefinition("""
                insert into pins (class_id, course, institution, trainer, room, start_week, pattern, position, pinned_by)
                values (@classId, @Course, @Institution, @Trainer, @Room, @StartWeek, @pattern,
                        (select coalesce(max(position) + 1, 0) from pins), @actor)
                """, args, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            await connection.ExecuteAsync(new CommandDefinition(
                "insert into pin_enrollments (class_id, order_id, trainees, position) values (@classId, @order, @trainees, @position)",
                planClass.Enrollments.Select((e, n) => new { classId = planClass.Id, order = e.Order, trainees = e.Trainees, position = n }),
                transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }, cancellationToken);
    }

    /// <summary>Keeps the given decisions of the class (a subset of <see cref="PinDecision.All"/>) for its enrolled orders.</summary>
    public Task<PinOutcome> PinDecisionsAsync(long planId, PlanClass planClass, IReadOnlyList<string> keep, string actor,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(planClass);
        ArgumentNullException.ThrowIfNull(keep);
        return WriteAsync(planId, planClass, keep, actor, (connection, transaction) => connection.ExecuteAsync(new CommandDefinition("""
            insert into decision_pins (class_id, plan_id, course, institution, trainer, room, start_week, pattern, orders, keep, pinned_by)
            values (@classId, @planId, @Course, @Institution, @Trainer, @Room, @StartWeek, @pattern, @orders, @keep, @actor)
            """, new
        {
            classId = planClass.Id, planId, planClass.Course, planClass.Institution, planClass.Trainer, planClass.Room, planClass.StartWeek,
            pattern = planClass.Pattern.ToArray(), orders = planClass.Enrollments.Select(e => e.Order).ToArray(), keep = keep.ToArray(), actor,
        }, transaction, cancellationToken: cancellationToken)), cancellationToken);
    }

    /// <summary>Removes the class's pin, whole or by decisions; false when it had none.</summary>
    public async Task<bool> UnpinAsync(string classId, string actor, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var removed = await DeleteAsync(connection, transaction, classId, cancellationToken).ConfigureAwait(false);
        if (removed == 0)
        {
            return false;
        }

        await AuditLog.WriteAsync(connection, transaction, actor, "pin.removed", "class", classId, new { }, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task<PinOutcome> WriteAsync(long planId, PlanClass planClass, IReadOnlyList<string> keep, string actor,
        Func<NpgsqlConnection, NpgsqlTransaction, Task> insert, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var orders = planClass.Enrollments.Select(e => e.Order).ToArray();
        var open = await connection.QueryAsync<string>(new CommandDefinition(
            "select id from orders where id = any(@orders) and status = any(@open) for update",
            new { orders, open = SnapshotReader.OpenOrderStatuses.ToArray() }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var closed = orders.Except(open, StringComparer.Ordinal).ToList();
        if (closed.Count > 0)
        {
            return new PinOutcome(null, closed);
        }

        await DeleteAsync(connection, transaction, planClass.Id, cancellationToken).ConfigureAwait(false);
        await insert(connection, transaction).ConfigureAwait(false);
        await AuditLog.WriteAsync(connection, transaction, actor, "pin.created", "class", planClass.Id, new { plan = planId, keep },
            cancellationToken).ConfigureAwait(false);
        var pin = (await ReadAsync(connection, transaction, planClass.Id, cancellationToken).ConfigureAwait(false)).Single();
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new PinOutcome(pin, []);
    }

    private static async Task<int> DeleteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string classId,
        CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(new CommandDefinition(
            "delete from pins where class_id = @classId; delete from decision_pins where class_id = @classId",
            new { classId }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);

    private static async Task<IReadOnlyList<PinView>> ReadAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string? classId,
        CancellationToken cancellationToken)
    {
        var args = new { classId };
        var rows = await connection.QueryAsync<PinRow>(new CommandDefinition($"""
            select {PinColumns} from pins p join institutions i on i.id = p.institution where @classId::text is null or p.class_id = @classId
            union all
            select {DecisionColumns} from decision_pins d join institutions i on i.id = d.institution where @classId::text is null or d.class_id = @classId
            order by class_id
            """, args, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var enrollments = (await connection.QueryAsync<(string ClassId, string OrderId, int Trainees)>(new CommandDefinition(
            "select class_id, order_id, trainees from pin_enrollments where @classId::text is null or class_id = @classId order by class_id, position",
            args, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false))
            .ToLookup(e => e.ClassId, e => new Enrollment(e.OrderId, e.Trainees), StringComparer.Ordinal);
        return [.. rows.Select(r => new PinView
        {
            ClassId = r.class_id,
            Keep = r.keep ?? [],
            PlanId = r.plan_id,
            Course = r.course,
            Institution = r.institution,
            Region = r.region,
            Trainer = r.trainer,
            Room = r.room,
            StartWeek = r.start_week,
            Pattern = r.pattern,
            Orders = r.orders ?? [.. enrollments[r.class_id].Select(e => e.Order)],
            Enrollments = r.orders is null ? [.. enrollments[r.class_id]] : null,
            PinnedBy = r.pinned_by,
            PinnedAt = new DateTimeOffset(DateTime.SpecifyKind(r.pinned_at, DateTimeKind.Utc)),
        })];
    }
}
