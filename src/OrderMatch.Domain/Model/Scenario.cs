namespace OrderMatch.Domain.Model;

/// <summary>Everything the optimizer needs for one planning window (FORMAT.md).</summary>
public sealed record Scenario
{
    public const int CurrentFormatVersion = 1;

    public int FormatVersion { get; init; } = CurrentFormatVersion;
    public required string Name { get; init; }
    public required Horizon Horizon { get; init; }
    public required IReadOnlyList<Region> Regions { get; init; }
    public required IReadOnlyList<Course> Courses { get; init; }
    public required IReadOnlyList<Institution> Institutions { get; init; }
    public required IReadOnlyList<Trainer> Trainers { get; init; }
    public IReadOnlyList<TrainingBase> Bases { get; init; } = [];
    public required IReadOnlyList<Enterprise> Enterprises { get; init; }
    public required IReadOnlyList<TrainingOrder> Orders { get; init; }
    public required Policy Policy { get; init; }
    public IReadOnlyList<PlanClass> Pinned { get; init; } = [];
    public PreviousPlan? PreviousPlan { get; init; }
}
