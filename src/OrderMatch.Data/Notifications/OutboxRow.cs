using System.Text.Json;
using OrderMatch.Data.Text;
using OrderMatch.Domain.Json;

namespace OrderMatch.Data.Notifications;

#pragma warning disable IDE1006, CA1707, CA1819 // named like the columns they are read from
internal sealed class OutboxRow
{
    public const string Columns = """
        m.id, m.kind, m.plan_id, m.replaced_plan_id, m.institution, m.recipients, m.message_id, m.payload::text as payload,
        m.status, m.attempts, m.next_attempt_at, m.last_error, m.created_at, m.sent_at, m.claim_token
        """;

    public long id { get; init; }
    public string kind { get; init; } = "";
    public long plan_id { get; init; }
    public long? replaced_plan_id { get; init; }
    public string? institution { get; init; }
    public string[] recipients { get; init; } = [];
    public string message_id { get; init; } = "";
    public string payload { get; init; } = "{}";
    public string status { get; init; } = "";
    public int attempts { get; init; }
    public DateTime next_attempt_at { get; init; }
    public string? last_error { get; init; }
    public DateTime created_at { get; init; }
    public DateTime? sent_at { get; init; }
    public Guid? claim_token { get; init; }

    public OutboxMessage ToMessage(IReadOnlyList<OutboxClass> classes) => new()
    {
        Id = id,
        Kind = FormatText.Parse<OutboxKind>(kind),
        PlanId = plan_id,
        ReplacedPlanId = replaced_plan_id,
        Institution = institution,
        Recipients = recipients,
        MessageId = message_id,
        Payload = JsonSerializer.Deserialize<OutboxPayload>(payload, FormatJson.CompactOptions) ?? new OutboxPayload(),
        Status = FormatText.Parse<OutboxStatus>(status),
        Attempts = attempts,
        NextAttemptAt = new DateTimeOffset(next_attempt_at),
        LastError = last_error,
        CreatedAt = new DateTimeOffset(created_at),
        SentAt = sent_at is { } sent ? new DateTimeOffset(sent) : null,
        ClaimToken = claim_token,
        Classes = classes,
    };
}
#pragma warning restore IDE1006, CA1707, CA1819
