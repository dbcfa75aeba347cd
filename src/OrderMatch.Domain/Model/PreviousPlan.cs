namespace OrderMatch.Domain.Model;

/// <summary>The plan in force, for minimal-change re-planning.</summary>
public sealed record PreviousPlan
{
    public IReadOnlyList<PlanClass> Classes { get; init; } = [];
}
