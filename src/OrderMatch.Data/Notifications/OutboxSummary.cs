namespace OrderMatch.Data.Notifications;

/// <summary>What coordinators are shown on the notifications badge.</summary>
public sealed record OutboxSummary(long Pending, long Failed, long UnreadDeclines);
