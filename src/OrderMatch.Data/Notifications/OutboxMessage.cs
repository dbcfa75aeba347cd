namespace OrderMatch.Data.Notifications;

/// <summary>An outbox message as stored, with the classes it lists.</summary>
public sealed record OutboxMessage
{
    public required long Id { get; init; }
    public required OutboxKind Kind { get; init; }
    public required long PlanId { get; init; }
    public long? ReplacedPlanId { get; init; }
    public string? Institution { get; init; }
    public required IReadOnlyList<string> Recipients { get; init; }

    /// <summary>The Message-ID header, angle brackets included; the same on every attempt.</summary>
    public required string MessageId { get; init; }

    public required OutboxPayload Payload { get; init; }
    public required OutboxStatus Status { get; init; }
    public int Attempts { get; init; }
    public DateTimeOffset NextAttemptAt { get; init; }
    public string? LastError { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? SentAt { get; init; }

    /// <summary>Set while this worker holds the message (status sending): marking it needs the same token.</summary>
    public Guid? ClaimToken { get; init; }

    public IReadOnlyList<OutboxClass> Classes { get; init; } = [];
}
