namespace OrderMatch.Data.Partitions;

/// <summary>One partition of a run as stored: its size, who solved it, how it stands, and its result's figures.</summary>
public sealed record PartitionWork
{
    public required long RunId { get; init; }

    public required int Number { get; init; }

    public required PartitionStatus Status { get; init; }

    public string? Worker { get; init; }

    public int Attempts { get; init; }

    public IReadOnlyList<string> Regions { get; init; } = [];

    public int Orders { get; init; }

    public int Trainees { get; init; }

    public double TimeLimitSeconds { get; init; }

    public string? Phase { get; init; }

    public double? Objective { get; init; }

    public double? SolverSeconds { get; init; }

    public string? Error { get; init; }
}
