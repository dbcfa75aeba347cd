namespace OrderMatch.Domain.Model;

/// <summary>A room of an institution (no fee) or of a shared base (<see cref="FeePerSession"/>).</summary>
public sealed record Room
{
    public required string Id { get; init; }
    public required IReadOnlyList<string> Types { get; init; }
    public required int Capacity { get; init; }
    public double FeePerSession { get; init; }
}
