using System.Text.Json;
using Dapper;
using Npgsql;
using OrderMatch.Domain.Json;

namespace OrderMatch.Data.Audit;

/// <summary>Appends to the audit log inside the caller's transaction, so the entry exists exactly when the change does.</summary>
public static class AuditLog
{
    public static Task WriteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string actor, string action,
        string entity, string? entityId, object details, CancellationToken cancellationToken = default) =>
        connection.ExecuteAsync(new CommandDefinition(
            "insert into audit_log (actor, action, entity, entity_id, details) values (@actor, @action, @entity, @entityId, @details::jsonb)",
            new { actor, action, entity, entityId, details = JsonSerializer.Serialize(details, FormatJson.CompactOptions) },
            transaction, cancellationToken: cancellationToken));
}
