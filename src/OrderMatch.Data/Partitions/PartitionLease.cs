using OrderMatch.Data.Runs;
using OrderMatch.Domain.Model;

namespace OrderMatch.Data.Partitions;

/// <summary>
/// A worker's claim on one partition: <see cref="Attempt"/> fences the partition's progress and result, <see cref="Run"/>
/// the run's (the attempt that split it). Holds the sub-scenario to solve.
/// </summary>
public sealed record PartitionLease(long RunId, int Number, int Attempt, string Worker, RunLease Run, int Partitions, double TimeLimitSeconds,
    Scenario Scenario, IReadOnlyList<DecisionPin> DecisionPins);
