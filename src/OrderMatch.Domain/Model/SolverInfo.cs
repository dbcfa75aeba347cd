namespace OrderMatch.Domain.Model;

/// <summary>How the plan was found; <see cref="Bound"/> is a proven lower bound on the objective, when known.</summary>
public sealed record SolverInfo
{
    public required SolverStatus Status { get; init; }
    public double? Bound { get; init; }
    public double Seconds { get; init; }
}
