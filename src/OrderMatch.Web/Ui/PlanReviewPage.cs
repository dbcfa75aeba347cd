using OrderMatch.Data.Plans;

namespace OrderMatch.Web.Ui;

/// <summary>What the plan review page shows: the stored plan, the horizon's weeks, names, the plan in force and the pins.</summary>
public sealed record PlanReviewPage(StoredPlan Stored, DateOnly HorizonStart, int Weeks, ReferenceNames Names, long? InForceId,
    IReadOnlySet<string> PinnedClasses);
