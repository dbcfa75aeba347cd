namespace OrderMatch.Data.Orders;

/// <summary>The order lifecycle of migration 0002: submitted → planned → approved → in_training; or declined / cancelled.</summary>
public static class OrderStatuses
{
    public const string Submitted = "submitted";
    public const string Planned = "planned";
    public const string Cancelled = "cancelled";
    public const string Approved = "approved";
    public const string InTraining = "in_training";

    /// <summary>The rule id of a change refused because of the order's status.</summary>
    public const string Rule = "order-status";

    public static IReadOnlyList<string> All { get; } = [Submitted, Planned, Approved, InTraining, "declined", Cancelled];

    /// <summary>An order may be edited or cancelled only before its plan is approved.</summary>
    public static IReadOnlyList<string> Changeable { get; } = [Submitted, Planned];
}
