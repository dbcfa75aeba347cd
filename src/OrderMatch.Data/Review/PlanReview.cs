using Dapper;
using Npgsql;
using OrderMatch.Data.Plans;

namespace OrderMatch.Data.Review;

/// <summary>Reads stored plans for review: the list, and one plan with the names and regions of what it holds.</summary>
public sealed class PlanReview(NpgsqlDataSource dataSource)
{
    /// <summary>Plans newest first, optionally of one status; a bound coordinator sees those touching its regions.</summary>
    public async Task<IReadOnlyList<PlanListItem>> ListAsync(string? status, RegionScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var parameters = new DynamicParameters(scope.Parameters);
        parameters.Add("status", status);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<(long Id, long? RunId, string Status, string Scenario, double Total, long Classes, long Unassigned,
            DateTime CreatedAt, DateTime? DecidedAt, string? DecidedBy, string? Comment)>(new CommandDefinition("""
            select p.id, p.run_id, p.status, p.scenario_name, p.objective_total,
                   (select count(*) from plan_classes k where k.plan_id = p.id),
                   (select count(*) from plan_unassigned u where u.plan_id = p.id),
                   p.created_at, p.decided_at, p.decided_by, p.decision_comment
            from plans p
            where (@status::text is null or p.status = @status)
              and (@allRegions
                   or exists (select 1 from plan_classes k join institutions i on i.id = k.institution
                              where k.plan_id = p.id and i.region = any(@regions))
                   or exists (select 1 from plan_unassigned u join orders o on o.id = u.order_id join enterprises e on e.id = o.enterprise
                              where u.plan_id = p.id and e.region = any(@regions)))
            order by p.created_at desc, p.id desc
            """, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. rows.Select(r => new PlanListItem
        {
            Id = r.Id, RunId = r.RunId, Status = r.Status, Scenario = r.Scenario, ObjectiveTotal = r.Total, Classes = (int)r.Classes,
            UnassignedOrders = (int)r.Unassigned, CreatedAt = Utc(r.CreatedAt), DecidedAt = r.DecidedAt is { } d ? Utc(d) : null,
            DecidedBy = r.DecidedBy, DecisionComment = r.Comment,
        })];
    }

    public async Task<ReviewedPlan?> ReadAsync(long planId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await ReadAsync(connection, null, planId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> ExistsAsync(long planId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "select exists (select 1 from plans where id = @planId)", new { planId }, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>The approved plan in force, if any.</summary>
    public async Task<ReviewedPlan?> ReadInForceAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await PlanInForce.FindIdAsync(connection, null, cancellationToken).ConfigureAwait(false) is { } id
            ? await ReadAsync(connection, null, id, cancellationToken).ConfigureAwait(false)
            : null;
    }

    public static async Task<ReviewedPlan?> ReadAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, long planId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var stored = await PlanReader.ReadAsync(connection, transaction, planId, cancellationToken).ConfigureAwait(false);
        return stored is null ? null : new ReviewedPlan(stored, await PlacesAsync(connection, transaction, planId, cancellationToken).ConfigureAwait(false));
    }

    private static async Task<PlanPlaces> PlacesAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, long planId,
        CancellationToken cancellationToken)
    {
        Task<IEnumerable<T>> Query<T>(string sql) =>
            connection.QueryAsync<T>(new CommandDefinition(sql, new { planId }, transaction, cancellationToken: cancellationToken));
        var courses = await Query<(string Id, string Name)>("select id, occupation_name from courses").ConfigureAwait(false);
        var institutions = await Query<(string Id, string Name, string Region)>("select id, name, region from institutions").ConfigureAwait(false);
        var trainers = await Query<(string Id, string Name)>("select id, name from trainers").ConfigureAwait(false);
        var orders = await Query<(string Id, string Enterprise, string Name, string Region)>("""
            select o.id, o.enterprise, e.name, e.region from orders o join enterprises e on e.id = o.enterprise
            where o.id in (select order_id from plan_enrollments where plan_id = @planId
                           union select order_id from plan_unassigned where plan_id = @planId)
            """).ConfigureAwait(false);
        return new PlanPlaces(
            courses.ToDictionary(c => c.Id, c => c.Name, StringComparer.Ordinal),
            institutions.ToDictionary(i => i.Id, i => (i.Name, i.Region), StringComparer.Ordinal),
            trainers.ToDictionary(t => t.Id, t => t.Name, StringComparer.Ordinal),
            orders.ToDictionary(o => o.Id, o => new OrderPlace(o.Enterprise, o.Name, o.Region), StringComparer.Ordinal));
    }

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
