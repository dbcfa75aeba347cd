namespace OrderMatch.Data.Notifications;

/// <summary>
/// Where an outbox message stands: pending (waiting for its next attempt), sending (claimed by a worker until its lease
/// ends; a crashed worker's message is claimed again after that), sent, or failed after the last attempt.
/// </summary>
public enum OutboxStatus
{
    Pending,
    Sending,
    Sent,
    Failed,
}
