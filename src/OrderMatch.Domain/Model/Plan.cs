namespace OrderMatch.Domain.Model;

/// <summary>The optimizer's answer for a scenario (FORMAT.md §5).</summary>
public sealed record Plan
{
    public int FormatVersion { get; init; } = Model.Scenario.CurrentFormatVersion;
    public required string Scenario { get; init; }
    public IReadOnlyList<PlanClass> Classes { get; init; } = [];
    public IReadOnlyList<Unassigned> Unassigned { get; init; } = [];
    public required Objective Objective { get; init; }
    public Kpis Kpis { get; init; } = new();
    public SolverInfo? Solver { get; init; }
}
