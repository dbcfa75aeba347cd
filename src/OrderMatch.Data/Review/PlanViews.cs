using OrderMatch.Data.Text;
using OrderMatch.Domain.Model;

namespace OrderMatch.Data.Review;

/// <summary>The review lists of one plan, cut to what a <see cref="RegionScope"/> may see.</summary>
public static class PlanViews
{
    public static IReadOnlyList<ClassView> Classes(ReviewedPlan plan, ClassFilter filter, RegionScope scope, bool withSessions = false)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(filter);
        return [.. VisibleClasses(plan, scope).Where(filter.Matches).Select(k => ClassView.Of(k, plan.Places, withSessions))];
    }

    /// <summary>One class with its sessions; null when the plan has no such class in the scope.</summary>
    public static ClassView? Class(ReviewedPlan plan, string classId, RegionScope scope)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return VisibleClasses(plan, scope).FirstOrDefault(k => k.Id == classId) is { } k ? ClassView.Of(k, plan.Places, withSessions: true) : null;
    }

    /// <summary>The classes of the plan whose institution lies in the scope.</summary>
    public static IEnumerable<PlanClass> VisibleClasses(ReviewedPlan plan, RegionScope scope)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(scope);
        return plan.Stored.Plan.Classes.Where(k => scope.Covers(plan.Places.InstitutionRegion(k.Institution)));
    }

    /// <summary>Unassigned orders of the scope grouped by reason code, in the order of the spec's codes; an order appears under each of its reasons.</summary>
    public static IReadOnlyList<UnassignedGroup> Unassigned(ReviewedPlan plan, RegionScope scope)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(scope);
        var places = plan.Places;
        var items = from u in plan.Stored.Plan.Unassigned
                    let place = places.Orders.GetValueOrDefault(u.Order)
                    where scope.Covers(place?.Region)
                    from r in u.Reasons
                    select (r.Code, Item: new UnassignedItem(u.Order, place?.Enterprise, place?.EnterpriseName, place?.Region, u.Trainees, r.Detail, r.Entities));
        return [.. items.GroupBy(i => i.Code).OrderBy(g => g.Key).Select(g => new UnassignedGroup(
            FormatText.Of(g.Key), g.Sum(i => i.Item.Trainees), [.. g.Select(i => i.Item)]))];
    }
}
