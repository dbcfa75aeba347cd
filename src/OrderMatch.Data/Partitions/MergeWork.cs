using OrderMatch.Data.Runs;
using OrderMatch.Domain.Model;

namespace OrderMatch.Data.Partitions;

/// <summary>
/// What the merge of a partitioned run works on: the run's lease (fencing the one plan it writes), the whole snapshot,
/// its decision pins, the partitions' plans in partition order, and the repair's time limit.
/// </summary>
public sealed record MergeWork(RunLease Run, Scenario Scenario, IReadOnlyList<DecisionPin> DecisionPins, IReadOnlyList<Plan> Plans,
    double RepairSeconds, DateTimeOffset RunStartedAt);
