using OrderMatch.Domain.Model;

namespace OrderMatch.Solver.Partitions;

/// <summary>
/// The one plan of a partitioned run: the merge's kept classes, what the repair added, priced and checked against the
/// whole scenario. <see cref="Repair"/> is the repair solve's own report (its plan's bound holds only with the kept classes fixed).
/// </summary>
public sealed record MergedPlan(Plan Plan, int KeptClasses, IReadOnlyList<DroppedClass> Dropped, SolveReport Repair);
