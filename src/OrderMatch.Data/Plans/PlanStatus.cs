namespace OrderMatch.Data.Plans;

/// <summary>Where a stored plan stands: proposed by a run, approved (the one plan in force), rejected, or superseded.</summary>
public enum PlanStatus
{
    Proposed,
    Approved,
    Rejected,
    Superseded,
}
