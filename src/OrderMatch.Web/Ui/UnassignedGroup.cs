using OrderMatch.Domain.Model;

namespace OrderMatch.Web.Ui;

/// <summary>
/// The unassigned demand of one reason code: each order with that reason, its unplaced trainees and the reason's
/// detail. An order with several reasons appears under each of them.
/// </summary>
public sealed record UnassignedGroup(ReasonCode Code, IReadOnlyList<(Unassigned Order, Reason Reason)> Orders)
{
    public int Trainees => Orders.Sum(o => o.Order.Trainees);

    /// <summary>Groups in the order of the reason codes (FORMAT.md), orders in plan order.</summary>
    public static IReadOnlyList<UnassignedGroup> Of(IReadOnlyList<Unassigned> unassigned)
    {
        ArgumentNullException.ThrowIfNull(unassigned);
        return [.. unassigned
            .SelectMany(u => u.Reasons.Select(r => (Order: u, Reason: r)))
            .GroupBy(x => x.Reason.Code)
            .OrderBy(g => g.Key)
            .Select(g => new UnassignedGroup(g.Key, [.. g]))];
    }
}
