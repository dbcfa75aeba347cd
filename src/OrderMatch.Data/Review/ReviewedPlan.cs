using OrderMatch.Data.Plans;

namespace OrderMatch.Data.Review;

/// <summary>A stored plan with the names and regions its review needs.</summary>
public sealed record ReviewedPlan(StoredPlan Stored, PlanPlaces Places)
{
    public long Id => Stored.Id;

    /// <summary>The regions of the plan's classes and unassigned orders that <paramref name="scope"/> does not cover, sorted.</summary>
    public IReadOnlyList<string> RegionsOutside(RegionScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var plan = Stored.Plan;
        return [.. plan.Classes.Select(k => Places.InstitutionRegion(k.Institution) ?? "?")
            .Concat(plan.Unassigned.Select(u => Places.OrderRegion(u.Order) ?? "?"))
            .Where(r => !scope.Covers(r))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
    }
}
