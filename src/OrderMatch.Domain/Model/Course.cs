namespace OrderMatch.Domain.Model;

/// <summary>A course: an occupation at a level, taught in <see cref="Sessions"/> one-slot sessions.</summary>
public sealed record Course
{
    public required string Id { get; init; }
    public required string Occupation { get; init; }
    public required string OccupationName { get; init; }
    public required int Level { get; init; }
    public required int Sessions { get; init; }
    public required int SessionsPerWeek { get; init; }
    public required int MinSize { get; init; }
    public required int MaxSize { get; init; }
    public required string RoomType { get; init; }
    /// <summary>Slots such as "Mon-AM"; null means every valid slot.</summary>
    public IReadOnlyList<string>? AllowedSlots { get; init; }
}
