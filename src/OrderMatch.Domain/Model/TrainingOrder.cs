namespace OrderMatch.Domain.Model;

/// <summary>An enterprise's training order (培训订单).</summary>
public sealed record TrainingOrder
{
    public required string Id { get; init; }
    public required string Enterprise { get; init; }
    public required string Course { get; init; }
    public required int Trainees { get; init; }
    public required DateOnly EarliestStart { get; init; }
    public required DateOnly Deadline { get; init; }
    /// <summary>1…5, 5 = most urgent.</summary>
    public required int Priority { get; init; }
    public bool Splittable { get; init; } = true;
    public int MinChunk { get; init; } = 1;
    public double? MaxTravelKm { get; init; }
    public double? MaxPricePerTrainee { get; init; }
    public bool RequiresSubsidy { get; init; }
    public IReadOnlyList<string>? AllowedSlots { get; init; }
}
