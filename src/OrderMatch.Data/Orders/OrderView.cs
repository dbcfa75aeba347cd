namespace OrderMatch.Data.Orders;

/// <summary>An order as the API shows it: the FORMAT.md §3 fields, its lifecycle status and timestamps.</summary>
public sealed record OrderView
{
    public required string Id { get; init; }
    public required string Enterprise { get; init; }
    public required string Course { get; init; }
    public required int Trainees { get; init; }
    public required DateOnly EarliestStart { get; init; }
    public required DateOnly Deadline { get; init; }
    public required int Priority { get; init; }
    public bool Splittable { get; init; }
    public int MinChunk { get; init; }
    public double? MaxTravelKm { get; init; }
    public double? MaxPricePerTrainee { get; init; }
    public bool RequiresSubsidy { get; init; }
    public IReadOnlyList<string>? AllowedSlots { get; init; }

    /// <summary>submitted, planned, approved, in_training, declined or cancelled.</summary>
    public required string Status { get; init; }
    public DateTimeOffset SubmittedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}
