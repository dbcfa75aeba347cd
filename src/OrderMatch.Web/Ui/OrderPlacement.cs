using Dapper;
using Npgsql;
using OrderMatch.Domain.Model;

namespace OrderMatch.Web.Ui;

/// <summary>
/// Where the newest proposed or approved plan that mentions an order puts it: the classes it is enrolled in (with
/// their dates) and the trainees it leaves unplaced, with the reasons.
/// </summary>
public sealed record OrderPlacement(long PlanId, IReadOnlyList<PlacedClass> Classes, int Unplaced, IReadOnlyList<Reason> Reasons)
{
    public static async Task<OrderPlacement?> ReadAsync(NpgsqlDataSource dataSource, string orderId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var args = new { orderId };
        var planId = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition("""
            select max(p.id) from plans p
            where p.status in ('proposed', 'approved')
              and (exists (select 1 from plan_enrollments e where e.plan_id = p.id and e.order_id = @orderId)
                or exists (select 1 from plan_unassigned u where u.plan_id = p.id and u.order_id = @orderId))
            """, args, cancellationToken: cancellationToken));
        if (planId is not { } id)
        {
            return null;
        }

        var planArgs = new { orderId, planId = id };
        var classes = await connection.QueryAsync<PlacedClass>(new CommandDefinition("""
            select c.class_id as ClassId, c.course as Course, c.institution as Institution, c.trainer as Trainer, c.room as Room,
                   e.trainees as Trainees, min(s.session_date) as FirstDate, max(s.session_date) as LastDate
            from plan_enrollments e
            join plan_classes c on c.plan_id = e.plan_id and c.class_id = e.class_id
            left join plan_sessions s on s.plan_id = c.plan_id and s.class_id = c.class_id
            where e.plan_id = @planId and e.order_id = @orderId
            group by c.class_id, c.course, c.institution, c.trainer, c.room, e.trainees, c.position
            order by c.position
            """, planArgs, cancellationToken: cancellationToken));
        var unplaced = await connection.QuerySingleOrDefaultAsync<int?>(new CommandDefinition(
            "select trainees from plan_unassigned where plan_id = @planId and order_id = @orderId", planArgs,
            cancellationToken: cancellationToken)) ?? 0;
        var reasons = await connection.QueryAsync<(string Code, string Detail, string[] Entities)>(new CommandDefinition(
            "select code, detail, entities from plan_unassigned_reasons where plan_id = @planId and order_id = @orderId order by position",
            planArgs, cancellationToken: cancellationToken));
        return new OrderPlacement(id, [.. classes], unplaced,
            [.. reasons.Select(r => new Reason { Code = Enum.Parse<ReasonCode>(r.Code.Replace("_", "", StringComparison.Ordinal), ignoreCase: true), Detail = r.Detail, Entities = r.Entities })]);
    }
}
