using OrderMatch.Domain.Model;

namespace OrderMatch.Data.Snapshot;

/// <summary>
/// What a run reads in its one snapshot transaction: the scenario, and the decision pins, each cut to the scenario's open
/// orders (a pin none of whose orders is open any more is left out).
/// </summary>
public sealed record PlanningSnapshot(Scenario Scenario, IReadOnlyList<DecisionPin> DecisionPins);
