using OrderMatch.Domain.ICalendar;

namespace OrderMatch.Data.Notifications;

/// <summary>
/// What an outbox message needs besides its classes: for a plan message, the institution's name and who approved;
/// for a decline, which class, of which institution, and the reason.
/// </summary>
public sealed record OutboxPayload
{
    public string? InstitutionName { get; init; }

    public string? ApprovedBy { get; init; }

    public string? Comment { get; init; }

    public ClassFacts? DeclinedClass { get; init; }

    public string? Reason { get; init; }
}
