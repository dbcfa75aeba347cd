namespace OrderMatch.Data.Orders;

/// <summary>
/// What became of an edit or cancellation: the order as changed, or the status that forbade the change, or neither
/// when the order does not exist for the caller.
/// </summary>
public sealed record OrderChange(OrderView? Order, string? RefusedStatus)
{
    public static OrderChange NotFound { get; } = new(null, null);
}
