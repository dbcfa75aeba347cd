using Dapper;
using Npgsql;
using OrderMatch.Data.Audit;
using OrderMatch.Domain.Model;

namespace OrderMatch.Data.Orders;

/// <summary>
/// Orders as the API reads and changes them, always through an <see cref="OrderScope"/>. Every change and its
/// audit_log row are written in one transaction.
/// </summary>
public sealed class OrderStore(NpgsqlDataSource dataSource)
{
    private const string From = "from orders o join enterprises e on e.id = o.enterprise";

    public async Task<IReadOnlyList<OrderView>> ListAsync(OrderScope scope, string? status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var parameters = new DynamicParameters(scope.Parameters);
        parameters.Add("status", status);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<OrderRow>(new CommandDefinition(
            $"select {OrderRow.Columns} {From} where ({scope.Sql}) and (@status::text is null or o.status = @status) order by o.id",
            parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToView())];
    }

    public async Task<OrderView?> GetAsync(OrderScope scope, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await ReadAsync(connection, null, scope, id, forUpdate: false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The course, the enterprise's region (null: no such enterprise) and the stored horizon, if any.</summary>
    public async Task<OrderFacts> FactsAsync(string? course, string? enterprise, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var courseRow = course is null ? null : await connection.QuerySingleOrDefaultAsync<(string Id, int SessionsPerWeek, string[]? AllowedSlots)?>(
            new CommandDefinition("select id, sessions_per_week, allowed_slots from courses where id = @course", new { course },
                cancellationToken: cancellationToken)).ConfigureAwait(false);
        var region = enterprise is null ? null : await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
            "select region from enterprises where id = @enterprise", new { enterprise }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var horizon = await connection.QuerySingleOrDefaultAsync<(DateOnly StartDate, int Weeks, string[] Days, string[] Periods)?>(
            new CommandDefinition("select start_date, weeks, days, periods from planning_settings", cancellationToken: cancellationToken))
            .ConfigureAwait(false);
        return new OrderFacts(
            courseRow is { } c ? new CourseFacts(c.Id, c.SessionsPerWeek, c.AllowedSlots) : null,
            region,
            horizon is { } h
                ? new Horizon { StartDate = h.StartDate, Weeks = h.Weeks, Days = [.. h.Days.Select(Enum.Parse<Weekday>)], Periods = h.Periods }
                : null);
    }

    /// <summary>Inserts a new submitted order; returns null when the id is taken.</summary>
    public async Task<OrderView?> CreateAsync(TrainingOrder order, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var inserted = await connection.ExecuteAsync(new CommandDefinition("""
            insert into orders (id, enterprise, course, trainees, earliest_start, deadline, priority, splittable, min_chunk,
                                max_travel_km, max_price_per_trainee, requires_subsidy, allowed_slots)
            values (@Id, @Enterprise, @Course, @Trainees, @EarliestStart, @Deadline, @Priority, @Splittable, @MinChunk,
                    @MaxTravelKm, @MaxPricePerTrainee, @RequiresSubsidy, @allowedSlots)
            on conflict (id) do nothing
            """, Parameters(order), transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (inserted == 0)
        {
            return null;
        }

        await AuditLog.WriteAsync(connection, transaction, actor, "order.created", "order", order.Id, order, cancellationToken).ConfigureAwait(false);
        var view = await ReadAsync(connection, transaction, OrderScope.Everything, order.Id, forUpdate: false, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return view;
    }

    /// <summary>Replaces an order's fields (not its id, enterprise or status) while it is submitted or planned.</summary>
    public Task<OrderChange> UpdateAsync(OrderScope scope, TrainingOrder order, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        return ChangeAsync(scope, order.Id, actor, "order.updated", order, """
            update orders set course = @Course, trainees = @Trainees, earliest_start = @EarliestStart, deadline = @Deadline,
                priority = @Priority, splittable = @Splittable, min_chunk = @MinChunk, max_travel_km = @MaxTravelKm,
                max_price_per_trainee = @MaxPricePerTrainee, requires_subsidy = @RequiresSubsidy, allowed_slots = @allowedSlots,
                updated_at = now()
            where id = @Id
            """, Parameters(order), cancellationToken);
    }

    /// <summary>Cancels an order while it is submitted or planned.</summary>
    public Task<OrderChange> CancelAsync(OrderScope scope, string id, string actor, CancellationToken cancellationToken) =>
        ChangeAsync(scope, id, actor, "order.cancelled", new { status = OrderStatuses.Cancelled },
            "update orders set status = 'cancelled', updated_at = now() where id = @id", new { id }, cancellationToken);

    private async Task<OrderChange> ChangeAsync(OrderScope scope, string id, string actor, string action, object details, string sql,
        object parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var current = await ReadAsync(connection, transaction, scope, id, forUpdate: true, cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            return OrderChange.NotFound;
        }

        if (!OrderStatuses.Changeable.Contains(current.Status))
        {
            return new OrderChange(null, current.Status);
        }

        await connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await AuditLog.WriteAsync(connection, transaction, actor, action, "order", id, details, cancellationToken).ConfigureAwait(false);
        var changed = await ReadAsync(connection, transaction, scope, id, forUpdate: false, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new OrderChange(changed, null);
    }

    private static async Task<OrderView?> ReadAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, OrderScope scope, string id,
        bool forUpdate, CancellationToken cancellationToken)
    {
        var parameters = new DynamicParameters(scope.Parameters);
        parameters.Add("id", id);
        var row = await connection.QuerySingleOrDefaultAsync<OrderRow>(new CommandDefinition(
            $"select {OrderRow.Columns} {From} where o.id = @id and ({scope.Sql}){(forUpdate ? " for update of o" : "")}",
            parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToView();
    }

    private static object Parameters(TrainingOrder order) => new
    {
        order.Id, order.Enterprise, order.Course, order.Trainees, order.EarliestStart, order.Deadline, order.Priority,
        order.Splittable, order.MinChunk, order.MaxTravelKm, order.MaxPricePerTrainee, order.RequiresSubsidy,
        allowedSlots = order.AllowedSlots?.ToArray(),
    };
}
