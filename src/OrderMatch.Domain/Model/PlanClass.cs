namespace OrderMatch.Domain.Model;

/// <summary>A class the plan opens: who teaches what, where, when, to whom.</summary>
public sealed record PlanClass
{
    public required string Id { get; init; }
    public required string Course { get; init; }
    public required string Institution { get; init; }
    public required string Trainer { get; init; }
    public required string Room { get; init; }
    public required int StartWeek { get; init; }
    public required IReadOnlyList<string> Pattern { get; init; }
    public IReadOnlyList<Session> Sessions { get; init; } = [];
    public IReadOnlyList<Enrollment> Enrollments { get; init; } = [];

    [System.Text.Json.Serialization.JsonIgnore]
    public int Size => Enrollments.Sum(e => e.Trainees);

    /// <summary>Same institution, trainer, room, start week and pattern: how the change penalty compares classes.</summary>
    public bool SameDecisionsAs(PlanClass other) =>
        Id == other.Id && Institution == other.Institution && Trainer == other.Trainer && Room == other.Room
        && StartWeek == other.StartWeek && Pattern.SequenceEqual(other.Pattern);
}
