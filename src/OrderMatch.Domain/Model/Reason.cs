namespace OrderMatch.Domain.Model;

/// <summary>One reason for unassigned trainees: a code, the entities involved, and a sentence built from them.</summary>
public sealed record Reason
{
    public required ReasonCode Code { get; init; }
    public required string Detail { get; init; }
    public IReadOnlyList<string> Entities { get; init; } = [];
}
