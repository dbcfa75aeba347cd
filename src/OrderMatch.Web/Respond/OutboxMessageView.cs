using OrderMatch.Data.Notifications;

namespace OrderMatch.Web.Respond;

/// <summary>An outbox message as coordinators see it in GET /api/outbox.</summary>
public sealed record OutboxMessageView(long Id, OutboxKind Kind, long PlanId, string? Institution, IReadOnlyList<string> Recipients,
    string MessageId, OutboxStatus Status, int Attempts, DateTimeOffset NextAttemptAt, string? LastError, DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt)
{
    public static OutboxMessageView Of(OutboxMessage m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new(m.Id, m.Kind, m.PlanId, m.Institution, m.Recipients, m.MessageId, m.Status, m.Attempts, m.NextAttemptAt, m.LastError,
            m.CreatedAt, m.SentAt);
    }
}
