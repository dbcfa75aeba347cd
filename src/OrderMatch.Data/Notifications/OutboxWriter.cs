using System.Text.Json;
using Dapper;
using Npgsql;
using OrderMatch.Data.Plans;
using OrderMatch.Domain.Json;

namespace OrderMatch.Data.Notifications;

/// <summary>
/// Queues, inside the approval transaction, one outbox message per institution whose classes are new, changed or
/// cancelled relative to the plan approved before. Each class's calendar SEQUENCE is advanced here, so it counts the
/// changes notified so far. An institution with nothing new hears nothing.
/// </summary>
public sealed class OutboxWriter : IApprovalParticipant
{
    public async Task OnApprovedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, PlanApproval approval,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(approval);
        var after = await ClassFactsQuery.ReadAsync(connection, transaction, approval.PlanId, cancellationToken).ConfigureAwait(false);
        var before = approval.ReplacedPlanId is { } replaced
            ? await ClassFactsQuery.ReadAsync(connection, transaction, replaced, cancellationToken).ConfigureAwait(false)
            : [];
        var institutions = (await connection.QueryAsync<(string Id, string Name, string Email)>(new CommandDefinition(
            "select id, name, email from institutions", transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false))
            .ToDictionary(i => i.Id, StringComparer.Ordinal);
        foreach (var (institution, deltas) in ClassDeltas.Compare(before, after))
        {
            var info = institutions[institution];
            var payload = new OutboxPayload { InstitutionName = info.Name, ApprovedBy = approval.Actor, Comment = approval.Comment };
            var messageId = await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
                insert into outbox_messages (kind, plan_id, replaced_plan_id, institution, recipients, message_id, payload)
                values ('plan', @planId, @replaced, @institution, @recipients, @messageId, @payload::jsonb)
                returning id
                """, new
            {
                planId = approval.PlanId,
                replaced = approval.ReplacedPlanId,
                institution,
                recipients = new[] { info.Email },
                messageId = MessageIds.New(OutboxKind.Plan, approval.PlanId, institution),
                payload = JsonSerializer.Serialize(payload, FormatJson.CompactOptions),
            }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            for (var i = 0; i < deltas.Count; i++)
            {
                var delta = deltas[i];
                var sequence = await connection.ExecuteScalarAsync<int>(new CommandDefinition("""
                    insert into calendar_events (institution, class_id, cancelled) values (@institution, @classId, @cancelled)
                    on conflict (institution, class_id) do update
                    set sequence = calendar_events.sequence + 1, cancelled = excluded.cancelled, updated_at = now()
                    returning sequence
                    """, new { institution, classId = delta.Facts.ClassId, cancelled = delta.Change == ClassChange.Cancelled },
                    transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
                await connection.ExecuteAsync(new CommandDefinition("""
                    insert into outbox_classes (message, class_id, change, changed, sequence, details, position)
                    values (@messageId, @classId, @change, @changed, @sequence, @details::jsonb, @position)
                    """, new
                {
                    messageId,
                    classId = delta.Facts.ClassId,
                    change = Text.FormatText.Of(delta.Change),
                    changed = delta.Changed.ToArray(),
                    sequence,
                    details = JsonSerializer.Serialize(delta.Facts, FormatJson.CompactOptions),
                    position = i,
                }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            }
        }
    }
}
