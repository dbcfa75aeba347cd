namespace OrderMatch.Domain.Model;

public sealed record Institution
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Region { get; init; }
    public required Location Location { get; init; }
    public required string Email { get; init; }
    public required Grade Grade { get; init; }
    public required int CreditStars { get; init; }
    /// <summary>Region ids, or the single entry "*" for everywhere.</summary>
    public required IReadOnlyList<string> ApprovedRegions { get; init; }
    public required IReadOnlyList<Offer> Offers { get; init; }
    public required int MaxConcurrentClasses { get; init; }
    public required IReadOnlyList<Room> Rooms { get; init; }

    public bool IsApprovedFor(string regionId) =>
        ApprovedRegions.Contains("*") || ApprovedRegions.Contains(regionId);
}
