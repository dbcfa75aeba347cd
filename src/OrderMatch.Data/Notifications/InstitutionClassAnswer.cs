namespace OrderMatch.Data.Notifications;

/// <summary>
/// The latest notice an institution received about a class (message, nonce, what it said, for which plan) and the
/// answer recorded for it: "accepted", "declined" with the reason, or none yet.
/// </summary>
public sealed record InstitutionClassAnswer(string Institution, string ClassId, long Message, Guid Nonce, ClassChange Change, long PlanId,
    string? Response, string? Reason, DateTimeOffset? RespondedAt)
{
    /// <summary>Whether the class can be answered now: its notice belongs to the plan in force, it is not cancelled, and no answer is recorded.</summary>
    public bool IsOpen(long? planInForce) => Response is null && Change != ClassChange.Cancelled && PlanId == planInForce;

    /// <summary>
    /// The claims a signed link to this class would carry. A signed-in institution user is its own credential, so the
    /// claims do not expire; the nonce still makes the answer single.
    /// </summary>
    public LinkClaims Claims(LinkAction action) => new(Message, ClassId, Institution, action, DateTimeOffset.MaxValue, Nonce);
}
