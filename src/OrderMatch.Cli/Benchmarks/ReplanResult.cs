using OrderMatch.Domain.Generation;
using OrderMatch.Domain.Model;

namespace OrderMatch.Cli.Benchmarks;

/// <summary>
/// The re-planning experiment on one generated scenario: the approved plan (P0), what changed (declines, new orders),
/// the minimum number of changes a valid re-plan needs, the re-plan with the plan in force (P1) and the plan made from
/// scratch for the same demand (P2).
/// </summary>
public sealed record ReplanResult(
    Tier Tier,
    int Seed,
    double TimeLimitSeconds,
    Scenario Original,
    ReplanScenario Replan,
    ReplanRun Approved,
    ReplanMinimum Minimum,
    ReplanRun Replanned,
    ReplanRun FromScratch,
    IReadOnlyList<string> ScenarioProblems)
{
    public string Name => $"{Tier}-{Seed}";

    /// <summary>Classes of the plan in force (the approved plan less its declined classes).</summary>
    public int Previous => Replan.Previous.Count;

    public int NewTrainees => Replan.NewOrders.Sum(o => o.Trainees);

    /// <summary>Previous classes the re-plan does not keep: its changes.</summary>
    public int Changed => Previous - Replanned.Kept;

    /// <summary>The re-plan's change component divided by the change penalty: the same count, as the plan prices it.</summary>
    public double ChangesPriced => Replanned.Plan.Objective.Components.Changes / Replan.Scenario.Policy.ChangePenalty;

    /// <summary>What the re-plan costs in itself minus what the plan from scratch costs (negative: the re-plan is cheaper).</summary>
    public double Difference => Replanned.ObjectiveWithoutChanges - FromScratch.Plan.Objective.Total;

    public double DifferenceShare => Difference / Math.Max(1e-9, Math.Abs(FromScratch.Plan.Objective.Total));

    public bool AllCheck => Approved.Checks && Replanned.Checks && FromScratch.Checks && Minimum.Check.IsValid && ScenarioProblems.Count == 0;
}
