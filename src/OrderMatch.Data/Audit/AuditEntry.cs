namespace OrderMatch.Data.Audit;

/// <summary>One audit-log row: when, who, what, on which entity, with the details as JSON text.</summary>
public sealed record AuditEntry(long Id, DateTimeOffset At, string Actor, string Action, string Entity, string? EntityId, string Details);
