using OrderMatch.Data.Plans;
using OrderMatch.Data.Review;
using OrderMatch.Domain.Model;

namespace OrderMatch.Web.Ui;

/// <summary>
/// What the plan review page shows: the stored plan, the horizon's weeks, names, the plan in force (its classes by
/// id), the pins (class → what each keeps) and the differences from the plan in force.
/// </summary>
public sealed record PlanReviewPage(StoredPlan Stored, DateOnly HorizonStart, int Weeks, ReferenceNames Names, long? InForceId,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Pins, PlanDiffView Diff, IReadOnlyDictionary<string, PlanClass> InForceClasses)
{
    public IReadOnlySet<string> PinnedClasses { get; } = Pins.Keys.ToHashSet(StringComparer.Ordinal);

    public bool IsProposed => Stored.Status == PlanStatus.Proposed;
}
