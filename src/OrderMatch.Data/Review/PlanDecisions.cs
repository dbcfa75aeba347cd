using Dapper;
using Npgsql;
using OrderMatch.Data.Audit;
using OrderMatch.Data.Plans;

namespace OrderMatch.Data.Review;

/// <summary>
/// Approves or rejects a proposed plan. Approval is one transaction: the plan in force becomes superseded, this plan
/// approved with who, when and why; orders enrolled in it become approved, and orders approved before but no longer
/// enrolled return to submitted; an audit entry; then every <see cref="IApprovalParticipant"/>. Any failure, of a
/// participant too, leaves everything as it was.
/// </summary>
public sealed class PlanDecisions(NpgsqlDataSource dataSource, IEnumerable<IApprovalParticipant> participants)
{
    public async Task<PlanDecision> ApproveAsync(long planId, string actor, string? comment, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var refused = await LockProposedAsync(connection, transaction, planId, cancellationToken).ConfigureAwait(false);
        if (refused is not null)
        {
            return refused;
        }

        var replaced = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(
            "select id from plans where status = 'approved' for update", transaction: transaction, cancellationToken: cancellationToken))
            .ConfigureAwait(false);
        var args = new { planId, replaced, actor, comment };
        await ExecuteAsync(connection, transaction, """
            update plans set status = 'superseded', decided_at = now(), decided_by = @actor where id = @replaced;
            update plans set status = 'approved', decided_at = now(), decided_by = @actor, decision_comment = @comment where id = @planId;
            update orders set status = 'submitted', updated_at = now()
            where status = 'approved' and id not in (select order_id from plan_enrollments where plan_id = @planId);
            update orders set status = 'approved', updated_at = now()
            where status in ('submitted', 'planned') and id in (select order_id from plan_enrollments where plan_id = @planId);
            """, args, cancellationToken).ConfigureAwait(false);
        await AuditLog.WriteAsync(connection, transaction, actor, "plan.approved", "plan", Text(planId),
            new { comment, replacedPlan = replaced }, cancellationToken).ConfigureAwait(false);
        var approval = new PlanApproval(planId, replaced, actor, comment);
        foreach (var participant in participants)
        {
            await participant.OnApprovedAsync(connection, transaction, approval, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new PlanDecision(DecisionOutcome.Done, "approved", replaced);
    }

    /// <summary>Rejects a proposed plan; its planned orders that no other proposed plan enrolls return to submitted.</summary>
    public async Task<PlanDecision> RejectAsync(long planId, string actor, string comment, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var refused = await LockProposedAsync(connection, transaction, planId, cancellationToken).ConfigureAwait(false);
        if (refused is not null)
        {
            return refused;
        }

        await ExecuteAsync(connection, transaction, """
            update plans set status = 'rejected', decided_at = now(), decided_by = @actor, decision_comment = @comment where id = @planId;
            update orders set status = 'submitted', updated_at = now()
            where status = 'planned'
              and id in (select order_id from plan_enrollments where plan_id = @planId)
              and id not in (select e.order_id from plan_enrollments e join plans p on p.id = e.plan_id
                             where p.status = 'proposed' and p.id <> @planId);
            """, new { planId, actor, comment }, cancellationToken).ConfigureAwait(false);
        await AuditLog.WriteAsync(connection, transaction, actor, "plan.rejected", "plan", Text(planId), new { comment }, cancellationToken)
            .ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new PlanDecision(DecisionOutcome.Done, "rejected");
    }

    private static async Task<PlanDecision?> LockProposedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long planId,
        CancellationToken cancellationToken)
    {
        var status = await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
            "select status from plans where id = @planId for update", new { planId }, transaction, cancellationToken: cancellationToken))
            .ConfigureAwait(false);
        return status switch
        {
            null => PlanDecision.NotFound,
            "proposed" => null,
            _ => new PlanDecision(DecisionOutcome.WrongStatus, status),
        };
    }

    private static Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, object args,
        CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(sql, args, transaction, cancellationToken: cancellationToken));

    private static string Text(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
