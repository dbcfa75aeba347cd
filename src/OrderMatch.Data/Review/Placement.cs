using OrderMatch.Domain.Model;

namespace OrderMatch.Data.Review;

/// <summary>Where some trainees of an order train: the class, its course, institution, trainer, room, time and sessions.</summary>
public sealed record Placement
{
    public required string ClassId { get; init; }
    public required string Course { get; init; }
    public string? CourseName { get; init; }
    public required string Institution { get; init; }
    public string? InstitutionName { get; init; }
    public required string Trainer { get; init; }
    public string? TrainerName { get; init; }
    public required string Room { get; init; }
    public required int StartWeek { get; init; }
    public required IReadOnlyList<string> Pattern { get; init; }
    public required IReadOnlyList<Session> Sessions { get; init; }
    public required int Trainees { get; init; }
}
