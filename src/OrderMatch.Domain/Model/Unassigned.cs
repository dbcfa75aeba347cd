namespace OrderMatch.Domain.Model;

public sealed record Unassigned
{
    public required string Order { get; init; }
    public required int Trainees { get; init; }
    public IReadOnlyList<Reason> Reasons { get; init; } = [];
}
