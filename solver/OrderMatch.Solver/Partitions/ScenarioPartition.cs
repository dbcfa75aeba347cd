using OrderMatch.Domain.Model;

namespace OrderMatch.Solver.Partitions;

/// <summary>
/// One part of a split scenario: its orders with the reference data they may use (<see cref="Scenario"/>), the decision
/// pins naming its orders, the enterprise regions it covers and its share of the trainees.
/// </summary>
public sealed record ScenarioPartition(int Number, Scenario Scenario, IReadOnlyList<DecisionPin> DecisionPins,
    IReadOnlyList<string> Regions, int Trainees);
