using System.Globalization;
using System.Text.Json;
using Dapper;
using Npgsql;
using OrderMatch.Data.Audit;
using OrderMatch.Domain.ICalendar;
using OrderMatch.Domain.Json;

namespace OrderMatch.Data.Notifications;

/// <summary>
/// Institutions' answers to the classes of an approved plan, given through signed links. An answer spends the link's
/// nonce (one answer per class per email). A decline also reopens the class's orders as demand (status submitted),
/// leaves the class out of the next run's previousPlan, and queues an email to the coordinators; all in one transaction.
/// </summary>
public sealed class ClassResponses(NpgsqlDataSource dataSource)
{
    public const int MaxReasonLength = 2000;

    public async Task<ClassResponseView?> FindAsync(LinkClaims claims, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claims);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var row = await ClassRowAsync(connection, null, claims, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return null;
        }

        var answered = await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
            "select response from class_responses where message = @Message and class_id = @ClassId", claims,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return new ClassResponseView(row.Value.Facts, row.Value.Change, row.Value.PlanId, row.Value.PlanInForce, answered);
    }

    public Task<ResponseOutcome> RecordAsync(LinkClaims claims, string? reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return RecordCoreAsync(claims, reason, $"institution:{claims.Institution}", signedIn: false, cancellationToken);
    }

    /// <summary>Records the answer of a signed-in institution user, who is named in the audit log, given on its classes page.</summary>
    public Task<ResponseOutcome> RecordSignedInAsync(LinkClaims claims, string? reason, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return RecordCoreAsync(claims, reason, actor, signedIn: true, cancellationToken);
    }

    private async Task<ResponseOutcome> RecordCoreAsync(LinkClaims claims, string? reason, string actor, bool signedIn, CancellationToken cancellationToken)
    {
        var declining = claims.Action == LinkAction.Decline;
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (declining && reason is null)
        {
            return ResponseOutcome.ReasonRequired;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var row = await ClassRowAsync(connection, transaction, claims, cancellationToken).ConfigureAwait(false);
        if (row is not { } found)
        {
            return ResponseOutcome.NotFound;
        }

        if (found.Change == ClassChange.Cancelled)
        {
            return ResponseOutcome.NotAnswerable;
        }

        if (!found.PlanInForce)
        {
            return ResponseOutcome.PlanReplaced;
        }

        var spent = await connection.ExecuteAsync(new CommandDefinition(
            "insert into used_link_nonces (nonce, action) values (@nonce, @action) on conflict (nonce) do nothing",
            new { nonce = claims.Nonce, action = declining ? "decline" : "accept" }, transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (spent == 0)
        {
            return ResponseOutcome.AlreadyUsed;
        }

        var responseId = await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
            insert into class_responses (message, plan_id, institution, class_id, response, reason)
            values (@message, @planId, @institution, @classId, @response, @reason)
            returning id
            """, new
        {
            message = claims.Message, planId = found.PlanId, institution = claims.Institution, classId = claims.ClassId,
            response = declining ? "declined" : "accepted", reason = declining ? reason : null,
        }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (declining)
        {
            await ReopenAsync(connection, transaction, found.PlanId, found.Facts, reason!, cancellationToken).ConfigureAwait(false);
        }

        await AuditLog.WriteAsync(connection, transaction, actor, declining ? "class.declined" : "class.accepted",
            "class_response", responseId.ToString(CultureInfo.InvariantCulture),
            new { planId = found.PlanId, classId = claims.ClassId, message = claims.Message, reason, signedIn }, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return ResponseOutcome.Recorded;
    }

    /// <summary>
    /// For each class an institution was emailed about, the latest notice (the class as in its newest plan message) and
    /// the answer given to it, if any.
    /// </summary>
    public async Task<IReadOnlyList<InstitutionClassAnswer>> ForInstitutionAsync(string institution, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(institution);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<(string ClassId, long Message, Guid Nonce, string Change, long PlanId, string? Response,
            string? Reason, DateTime? RespondedAt)>(new CommandDefinition("""
            select distinct on (oc.class_id) oc.class_id, oc.message, oc.nonce, oc.change, m.plan_id, r.response, r.reason, r.responded_at
            from outbox_classes oc
            join outbox_messages m on m.id = oc.message
            left join class_responses r on r.message = oc.message and r.class_id = oc.class_id
            where m.kind = 'plan' and m.institution = @institution
            order by oc.class_id, oc.message desc
            """, new { institution }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. rows.Select(r => new InstitutionClassAnswer(institution, r.ClassId, r.Message, r.Nonce, Text.FormatText.Parse<ClassChange>(r.Change),
            r.PlanId, r.Response, r.Reason, r.RespondedAt is { } at ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)) : null))];
    }

    /// <summary>The classes of a plan its institutions declined: left out when the plan becomes a run's previousPlan.</summary>
    public static async Task<IReadOnlySet<string>> DeclinedClassIdsAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction,
        long planId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var ids = await connection.QueryAsync<string>(new CommandDefinition(
            "select class_id from class_responses where plan_id = @planId and response = 'declined'", new { planId }, transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return ids.ToHashSet(StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<DeclineView>> DeclinesAsync(bool unseenOnly, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<(long Id, long PlanId, string Institution, string ClassId, string Reason, DateTime RespondedAt, bool Seen)>(
            new CommandDefinition("""
                select id, plan_id, institution, class_id, reason, responded_at, seen_at is not null
                from class_responses
                where response = 'declined' and (not @unseenOnly or seen_at is null)
                order by id desc limit @limit
                """, new { unseenOnly, limit }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. rows.Select(r => new DeclineView(r.Id, r.PlanId, r.Institution, r.ClassId, r.Reason, new DateTimeOffset(r.RespondedAt), r.Seen))];
    }

    /// <summary>Marks every unseen decline seen; returns how many.</summary>
    public async Task<int> MarkDeclinesSeenAsync(string actor, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var count = await connection.ExecuteAsync(new CommandDefinition(
            "update class_responses set seen_at = now() where response = 'declined' and seen_at is null", transaction: transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (count > 0)
        {
            await AuditLog.WriteAsync(connection, transaction, actor, "declines.seen", "class_response", null, new { count },
                cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }

    private static async Task ReopenAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long planId, ClassFacts facts,
        string reason, CancellationToken cancellationToken)
    {
        var orders = facts.Enrollments.Select(e => e.Order).ToArray();
        await connection.ExecuteAsync(new CommandDefinition("""
            update orders set status = 'submitted', updated_at = now()
            where id = any(@orders) and status in ('planned', 'approved', 'declined')
            """, new { orders }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var coordinators = (await connection.QueryAsync<string>(new CommandDefinition("""
            select distinct u.email from users u
            where u.email is not null and (u.role = 'admin' or (u.role = 'coordinator' and (u.regions is null or u.regions && array(
                select n.region from orders o join enterprises n on n.id = o.enterprise where o.id = any(@orders)))))
            order by u.email
            """, new { orders }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false)).ToArray();
        if (coordinators.Length == 0)
        {
            return;
        }

        var payload = new OutboxPayload { InstitutionName = facts.InstitutionName, DeclinedClass = facts, Reason = reason };
        await connection.ExecuteAsync(new CommandDefinition("""
            insert into outbox_messages (kind, plan_id, recipients, message_id, payload)
            values ('decline', @planId, @coordinators, @messageId, @payload::jsonb)
            """, new
        {
            planId, coordinators, messageId = MessageIds.New(OutboxKind.Decline, planId, facts.ClassId),
            payload = JsonSerializer.Serialize(payload, FormatJson.CompactOptions),
        }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    private static async Task<(ClassFacts Facts, ClassChange Change, long PlanId, bool PlanInForce)?> ClassRowAsync(NpgsqlConnection connection,
        NpgsqlTransaction? transaction, LinkClaims claims, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<(string Details, string Change, long PlanId, bool InForce)>(new CommandDefinition("""
            select oc.details::text, oc.change, m.plan_id, p.status = 'approved'
            from outbox_classes oc
            join outbox_messages m on m.id = oc.message
            join plans p on p.id = m.plan_id
            where oc.message = @Message and oc.class_id = @ClassId and oc.nonce = @Nonce and m.institution = @Institution
            """ + (transaction is null ? "" : " for update of oc"), claims, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var list = rows.ToList();
        return list is [var r]
            ? (JsonSerializer.Deserialize<ClassFacts>(r.Details, FormatJson.CompactOptions)!, Text.FormatText.Parse<ClassChange>(r.Change), r.PlanId, r.InForce)
            : null;
    }
}
