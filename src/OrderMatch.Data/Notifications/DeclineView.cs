namespace OrderMatch.Data.Notifications;

/// <summary>A class an institution declined, as coordinators see it.</summary>
public sealed record DeclineView(long Id, long PlanId, string Institution, string ClassId, string Reason, DateTimeOffset RespondedAt, bool Seen);
