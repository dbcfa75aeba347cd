namespace OrderMatch.Data.Notifications;

/// <summary>What an outbox message tells: an institution its classes of an approved plan, or coordinators a decline.</summary>
public enum OutboxKind
{
    Plan,
    Decline,
}
