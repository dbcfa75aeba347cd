namespace OrderMatch.Web.Orders;

/// <summary>
/// The body of POST /api/orders and PUT /api/orders/{id}: a FORMAT.md §3 order. Everything is optional here so that
/// a missing field becomes a "required" problem naming it. <see cref="Id"/> is generated when absent;
/// <see cref="Enterprise"/> defaults to the caller's own enterprise.
/// </summary>
public sealed record OrderInput
{
    public string? Id { get; init; }
    public string? Enterprise { get; init; }
    public string? Course { get; init; }
    public int? Trainees { get; init; }
    public DateOnly? EarliestStart { get; init; }
    public DateOnly? Deadline { get; init; }
    public int? Priority { get; init; }
    public bool? Splittable { get; init; }
    public int? MinChunk { get; init; }
    public double? MaxTravelKm { get; init; }
    public double? MaxPricePerTrainee { get; init; }
    public bool? RequiresSubsidy { get; init; }
    public IReadOnlyList<string>? AllowedSlots { get; init; }
}
