namespace OrderMatch.Domain.Model;

public sealed record Trainer
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    /// <summary>The employing institution, or null for the shared cross-institution pool (双师型教师共享库).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.Never)]
    public string? Institution { get; init; }
    public required Location Location { get; init; }
    public required IReadOnlyList<Qualification> Qualifications { get; init; }
    public required int MaxSessionsPerWeek { get; init; }
    public required double MaxTravelKm { get; init; }
    public IReadOnlyList<Unavailability> Unavailable { get; init; } = [];

    public bool IsQualifiedFor(Course course) =>
        Qualifications.Any(q => q.Occupation == course.Occupation && q.MaxLevel >= course.Level);

    public bool MayTeachFor(string institutionId) => Institution is null || Institution == institutionId;
}
