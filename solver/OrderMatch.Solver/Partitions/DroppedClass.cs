using OrderMatch.Domain.Model;

namespace OrderMatch.Solver.Partitions;

/// <summary>A partition's class the merge left out, and the rule it would have broken next to the classes kept before it.</summary>
public sealed record DroppedClass(int Partition, PlanClass Class, string Conflict);
