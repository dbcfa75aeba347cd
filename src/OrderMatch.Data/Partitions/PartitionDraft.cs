using OrderMatch.Domain.Model;

namespace OrderMatch.Data.Partitions;

/// <summary>One partition of a run as it is queued: its sub-scenario, decision pins, regions and time limit.</summary>
public sealed record PartitionDraft(int Number, Scenario Scenario, IReadOnlyList<DecisionPin> DecisionPins, IReadOnlyList<string> Regions,
    double TimeLimitSeconds);
