namespace OrderMatch.Data.Notifications;

/// <summary>What a signed link says: which message and class, for which institution, which action, until when, with which nonce.</summary>
public sealed record LinkClaims(long Message, string ClassId, string Institution, LinkAction Action, DateTimeOffset ExpiresAt, Guid Nonce);
