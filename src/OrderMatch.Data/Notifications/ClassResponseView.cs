using OrderMatch.Domain.ICalendar;

namespace OrderMatch.Data.Notifications;

/// <summary>What the answer page shows about a class: the class, what the email said, whether it can still be answered.</summary>
public sealed record ClassResponseView(ClassFacts Facts, ClassChange Change, long PlanId, bool PlanInForce, string? Answered);
