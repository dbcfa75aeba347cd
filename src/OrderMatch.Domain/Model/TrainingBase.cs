namespace OrderMatch.Domain.Model;

/// <summary>A shared public training base (公共实训基地) whose rooms any institution may rent per session.</summary>
public sealed record TrainingBase
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Region { get; init; }
    public required Location Location { get; init; }
    public required IReadOnlyList<Room> Rooms { get; init; }
    public IReadOnlyList<Unavailability> Unavailable { get; init; } = [];
}
