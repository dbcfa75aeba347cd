namespace OrderMatch.Web.Plans;

/// <summary>The statuses a stored plan may have, as GET /api/plans?status= accepts them.</summary>
public static class PlanStatuses
{
    public static IReadOnlyList<string> All { get; } = ["proposed", "approved", "rejected", "superseded"];
}
