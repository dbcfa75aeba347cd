using OrderMatch.Domain.Model;

namespace OrderMatch.Solver.Partitions;

/// <summary>
/// The classes a merge keeps — the scenario's pinned classes first, then the partitions' classes that fit, with ids
/// unique across partitions — and those it drops.
/// </summary>
public sealed record MergeResult(IReadOnlyList<PlanClass> Kept, IReadOnlyList<DroppedClass> Dropped);
