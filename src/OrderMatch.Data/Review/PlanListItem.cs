namespace OrderMatch.Data.Review;

/// <summary>A stored plan as the review list shows it: status, decision, objective and size.</summary>
public sealed record PlanListItem
{
    public required long Id { get; init; }
    public long? RunId { get; init; }
    public required string Status { get; init; }
    public required string Scenario { get; init; }
    public required double ObjectiveTotal { get; init; }
    public required int Classes { get; init; }
    public required int UnassignedOrders { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? DecidedAt { get; init; }
    public string? DecidedBy { get; init; }
    public string? DecisionComment { get; init; }
}
