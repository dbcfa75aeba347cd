using Dapper;
using Npgsql;

namespace OrderMatch.Data.Audit;

/// <summary>Reads the audit log for people: newest first, a page at a time, optionally for one kind of entity.</summary>
public sealed class AuditLogReader(NpgsqlDataSource dataSource)
{
    public const int MaxPageSize = 200;

    /// <summary>Page <paramref name="page"/> (1-based) of <paramref name="pageSize"/> entries; null entity = every entity.</summary>
    public async Task<AuditPage> ReadAsync(string? entity, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var filter = new { entity, limit = pageSize, offset = (long)(page - 1) * pageSize };
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "select count(*) from audit_log where @entity::text is null or entity = @entity", filter,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        var rows = await connection.QueryAsync<(long Id, DateTime At, string Actor, string Action, string Entity, string? EntityId, string Details)>(
            new CommandDefinition("""
                select id, at, actor, action, entity, entity_id, details::text
                from audit_log where @entity::text is null or entity = @entity
                order by at desc, id desc limit @limit offset @offset
                """, filter, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var entries = rows.Select(r => new AuditEntry(r.Id, new DateTimeOffset(r.At), r.Actor, r.Action, r.Entity, r.EntityId, r.Details)).ToList();
        return new AuditPage(entries, total, page, pageSize);
    }

    /// <summary>The kinds of entity the log holds entries for, in order.</summary>
    public async Task<IReadOnlyList<string>> EntitiesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var entities = await connection.QueryAsync<string>(new CommandDefinition(
            "select distinct entity from audit_log order by entity", cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. entities];
    }
}
