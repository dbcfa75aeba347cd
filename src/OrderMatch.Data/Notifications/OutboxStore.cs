using System.Globalization;
using System.Text.Json;
using Dapper;
using Npgsql;
using OrderMatch.Data.Audit;
using OrderMatch.Data.Text;
using OrderMatch.Domain.ICalendar;
using OrderMatch.Domain.Json;

namespace OrderMatch.Data.Notifications;

/// <summary>
/// The email outbox as the Notify job and coordinators use it. A worker claims due messages with FOR UPDATE SKIP
/// LOCKED (status sending, a lease and a claim token), sends each, and marks it sent, for a retry, or failed; marking
/// needs the claim token, so a worker whose lease ran out cannot overwrite the outcome of the worker that took over.
/// A worker that dies mid-send leaves its messages in sending until the lease ends; they are then claimed again.
/// </summary>
public sealed class OutboxStore(NpgsqlDataSource dataSource)
{
    /// <summary>Claims up to <paramref name="batch"/> due messages (pending and due, or sending with an expired lease).</summary>
    public async Task<IReadOnlyList<OutboxMessage>> ClaimAsync(int batch, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batch, 1);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = (await connection.QueryAsync<OutboxRow>(new CommandDefinition($"""
            with due as (
                select id from outbox_messages
                where (status = 'pending' and next_attempt_at <= now()) or (status = 'sending' and lease_until < now())
                order by next_attempt_at, id
                limit @batch
                for update skip locked
            )
            update outbox_messages m
            set status = 'sending', lease_until = now() + @lease, claim_token = gen_random_uuid(), attempts = m.attempts + 1
            from due where m.id = due.id
            returning {OutboxRow.Columns}
            """, new { batch, lease }, cancellationToken: cancellationToken)).ConfigureAwait(false)).ToList();
        var classes = await ClassesAsync(connection, [.. rows.Select(r => r.id)], cancellationToken).ConfigureAwait(false);
        return [.. rows.OrderBy(r => r.id).Select(r => r.ToMessage([.. classes[r.id]]))];
    }

    /// <summary>Marks a claimed message sent. False when the claim is no longer this worker's.</summary>
    public async Task<bool> MarkSentAsync(long id, Guid claimToken, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(new CommandDefinition("""
            update outbox_messages
            set status = 'sent', sent_at = now(), lease_until = null, claim_token = null, last_error = null
            where id = @id and status = 'sending' and claim_token = @claimToken
            """, new { id, claimToken }, cancellationToken: cancellationToken)).ConfigureAwait(false) == 1;
    }

    /// <summary>
    /// A failed attempt: with <paramref name="retryAfter"/> the message waits that long and is tried again; without,
    /// it is failed (shown to coordinators, who may retry it). False when the claim is no longer this worker's.
    /// </summary>
    public async Task<bool> MarkAttemptFailedAsync(long id, Guid claimToken, string error, TimeSpan? retryAfter,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(new CommandDefinition("""
            update outbox_messages
            set status = case when @retry then 'pending' else 'failed' end,
                next_attempt_at = case when @retry then now() + @retryAfter else next_attempt_at end,
                lease_until = null, claim_token = null, last_error = @error
            where id = @id and status = 'sending' and claim_token = @claimToken
            """, new { id, claimToken, error, retry = retryAfter is not null, retryAfter = retryAfter ?? TimeSpan.Zero },
            cancellationToken: cancellationToken)).ConfigureAwait(false) == 1;
    }

    /// <summary>A failed message queued again, from its first attempt; false when it is not failed.</summary>
    public async Task<bool> RetryAsync(long id, string actor, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var changed = await connection.ExecuteAsync(new CommandDefinition("""
            update outbox_messages set status = 'pending', attempts = 0, next_attempt_at = now()
            where id = @id and status = 'failed'
            """, new { id }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (changed == 1)
        {
            await AuditLog.WriteAsync(connection, transaction, actor, "outbox.retried", "outbox_message",
                id.ToString(CultureInfo.InvariantCulture), new { }, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return changed == 1;
    }

    public async Task<OutboxMessage?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<OutboxRow>(new CommandDefinition(
            $"select {OutboxRow.Columns} from outbox_messages m where m.id = @id", new { id },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (row is null)
        {
            return null;
        }

        var classes = await ClassesAsync(connection, [id], cancellationToken).ConfigureAwait(false);
        return row.ToMessage([.. classes[id]]);
    }

    /// <summary>Messages in the given states, newest first (without their classes).</summary>
    public async Task<IReadOnlyList<OutboxMessage>> ListAsync(IReadOnlyList<OutboxStatus> statuses, int limit,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<OutboxRow>(new CommandDefinition(
            $"select {OutboxRow.Columns} from outbox_messages m where m.status = any(@statuses) order by m.id desc limit @limit",
            new { statuses = statuses.Select(FormatText.Of).ToArray(), limit }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToMessage([]))];
    }

    public async Task<OutboxSummary> SummaryAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QuerySingleAsync<OutboxSummary>(new CommandDefinition("""
            select (select count(*) from outbox_messages where status in ('pending', 'sending')) as pending,
                   (select count(*) from outbox_messages where status = 'failed') as failed,
                   (select count(*) from class_responses where response = 'declined' and seen_at is null) as unreaddeclines
            """, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    private static async Task<ILookup<long, OutboxClass>> ClassesAsync(NpgsqlConnection connection, long[] ids,
        CancellationToken cancellationToken) =>
        (await connection.QueryAsync<(long Message, string ClassId, string Change, string[] Changed, int Sequence, Guid Nonce, string Details)>(
            new CommandDefinition("""
                select message, class_id, change, changed, sequence, nonce, details::text
                from outbox_classes where message = any(@ids) order by message, position
                """, new { ids }, cancellationToken: cancellationToken)).ConfigureAwait(false))
            .ToLookup(c => c.Message, c => new OutboxClass(c.ClassId, FormatText.Parse<ClassChange>(c.Change), c.Changed, c.Sequence, c.Nonce,
                JsonSerializer.Deserialize<ClassFacts>(c.Details, FormatJson.CompactOptions)!));
}
