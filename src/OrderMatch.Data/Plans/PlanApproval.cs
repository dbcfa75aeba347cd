namespace OrderMatch.Data.Plans;

/// <summary>A plan being approved: which plan, the approved plan it replaces (if any), who approves and why.</summary>
public sealed record PlanApproval(long PlanId, long? ReplacedPlanId, string Actor, string? Comment);
