namespace OrderMatch.Solver.Assignment;

/// <summary>
/// What a GAP solve found: the best assignment (null when none is feasible), the proven lower bound (the better of the
/// Lagrangian and CBC's, rounded up for integer costs), whether optimality is proven, and when improvements came.
/// </summary>
public sealed record GapResult(
    GapInstance Instance,
    GapAssignment? Best,
    double? Bound,
    bool Optimal,
    double Seconds,
    double? FirstFeasibleSeconds,
    long? HeuristicCost,
    IReadOnlyList<(double Seconds, long Cost)> Improvements)
{
    public long? Cost => Best?.Cost;

    /// <summary>(cost − bound) / cost when both are known.</summary>
    public double? Gap => Cost is { } c && Bound is { } b ? Math.Max(0, c - b) / Math.Max(1e-9, Math.Abs((double)c)) : null;
}
