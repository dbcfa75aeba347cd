using OrderMatch.Domain.Model;

namespace OrderMatch.Data.Plans;

/// <summary>A plan as stored: its id, the run that proposed it (none when imported), its status, and the plan itself.</summary>
public sealed record StoredPlan(long Id, long? RunId, PlanStatus Status, Plan Plan);
